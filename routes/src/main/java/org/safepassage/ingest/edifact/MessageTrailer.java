package org.safepassage.ingest.edifact;

/**
 * What the parser knows at the end of a message.
 *
 * @param declaredSegments UNT segment count, or {@code null} (absent, or no UNT)
 * @param countedSegments  segments counted from UNH to UNT inclusive
 * @param digest           SHA-256 of the message text, lower-case hex
 */
public record MessageTrailer(Integer declaredSegments, int countedSegments, String digest) {
}
