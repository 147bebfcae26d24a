package org.safepassage.manifest.model;

/**
 * Something the parser tolerated: a wrong count, an unknown qualifier, a malformed traveller group,
 * an impossible date. Warnings never carry personal data (names, document numbers, dates of birth);
 * they point at the segment instead.
 *
 * @param segmentPosition 1-based position of the segment in the interchange (UNA not counted),
 *                        or 0 when the warning concerns the whole input
 * @param segmentTag      tag of that segment, e.g. {@code DTM}, or {@code null}
 * @param message         what was wrong and what the parser did about it
 */
public record ParseWarning(int segmentPosition, String segmentTag, String message) {

    @Override
    public String toString() {
        return segmentPosition > 0
                ? "segment " + segmentPosition + " (" + segmentTag + "): " + message
                : message;
    }
}
