package org.safepassage.referral;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * How soon an officer should look: from the score (against the threshold), decisive indicators, and the time
 * left until the flight's scheduled arrival.
 */
public enum Priority {
    HIGH, MEDIUM, LOW;

    /**
     * @param now              the current local time at the arrival airport, as far as the service knows it
     * @param scheduledArrival scheduled arrival (local), or {@code null}
     */
    public static Priority of(int score, int threshold, boolean decisive, LocalDateTime scheduledArrival,
                              LocalDateTime now) {
        boolean strong = decisive || score >= 2 * Math.max(threshold, 1);
        Duration left = scheduledArrival == null ? null : Duration.between(now, scheduledArrival);
        boolean imminent = left != null && !left.isNegative() && left.compareTo(Duration.ofHours(3)) <= 0;
        boolean today = left != null && !left.isNegative() && left.compareTo(Duration.ofHours(24)) <= 0;
        if (strong || imminent) {
            return HIGH;
        }
        if (today) {
            return MEDIUM;
        }
        return LOW;
    }
}
