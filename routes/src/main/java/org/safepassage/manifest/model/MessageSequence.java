package org.safepassage.manifest.model;

/**
 * Position of a message in a list split over several messages (UNH S010, e.g. {@code 01:C},
 * {@code 02:C}, {@code 03:F}). Messages of one split list share the common access reference (UNH
 * element 3) and the flight; the list is complete once the part marked final has arrived together
 * with every lower number.
 *
 * @param number    sequence number of this part (1 for the first)
 * @param marker    first/last transfer indicator as written ({@code C} more parts follow,
 *                  {@code F} final), or {@code null} when absent
 * @param finalPart {@code true} unless the marker says more parts follow (anything but {@code F}
 *                  when a marker is present counts as "more follow")
 */
public record MessageSequence(int number, String marker, boolean finalPart) {

    /** {@code true} when this message is one part of a list split over several messages. */
    public boolean isSplit() {
        return number > 1 || !finalPart;
    }
}
