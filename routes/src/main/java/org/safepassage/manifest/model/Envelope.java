package org.safepassage.manifest.model;

import java.time.LocalDateTime;

/**
 * The interchange envelope (UNB/UNZ) shared by every message of one interchange.
 *
 * <p>{@code sender} + {@code controlReference} identify the interchange; {@code contentDigest}
 * identifies its exact bytes (the same file received twice has the same digest).
 *
 * @param syntax               syntax identifier, version, separators used, charset
 * @param sender               UNB interchange sender
 * @param recipient            UNB interchange recipient
 * @param preparedAt           UNB date and time of preparation, or {@code null} if absent or invalid
 * @param controlReference     UNB interchange control reference
 * @param applicationReference UNB application reference (e.g. {@code APIS}, {@code USADHS}), or {@code null}
 * @param contentDigest        SHA-256 of the raw bytes as received, lower-case hex
 * @param sizeBytes            size of the raw bytes
 */
public record Envelope(
        SyntaxInfo syntax,
        Party sender,
        Party recipient,
        LocalDateTime preparedAt,
        String controlReference,
        String applicationReference,
        String contentDigest,
        long sizeBytes) {
}
