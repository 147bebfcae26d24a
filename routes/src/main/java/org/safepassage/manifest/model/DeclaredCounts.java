package org.safepassage.manifest.model;

/**
 * Counts the sender declared, next to what was counted. A mismatch is reported as a
 * {@link ParseWarning}, never as a rejection.
 *
 * @param passengers      CNT+42 total passengers, or {@code null}
 * @param crew            CNT+41 total crew, or {@code null}
 * @param bookings        PNRGOV EQN number of PNRs, or {@code null}
 * @param segments        UNT number of segments in the message, or {@code null}
 * @param segmentsCounted segments actually found from UNH to UNT inclusive
 */
public record DeclaredCounts(
        Integer passengers,
        Integer crew,
        Integer bookings,
        Integer segments,
        int segmentsCounted) {
}
