package org.safepassage.ingest;

import java.time.OffsetDateTime;
import java.util.List;

/** What {@code GET /api/v1/messages/{messageId}} answers: ids, references, status, reason and warnings. */
public record MessageStatusView(String messageId, OffsetDateTime receivedAt, String channel, String contentDigest,
                                long sizeBytes, String kind, String sender, String interchangeReference,
                                String messageReference, MessageStatus status, String reason,
                                OffsetDateTime processedAt, List<String> warnings) {

    MessageStatusView withWarnings(List<String> list) {
        return new MessageStatusView(messageId, receivedAt, channel, contentDigest, sizeBytes, kind, sender,
                interchangeReference, messageReference, status, reason, processedAt, List.copyOf(list));
    }
}
