package org.safepassage.ingest;

import java.util.List;

/** What processing one received message came to. */
public record IngestResult(String messageId, MessageStatus status, String reason, List<String> flightIds,
                           List<String> warnings) {

    public boolean assessmentNeeded() {
        return !flightIds.isEmpty();
    }

    public boolean rejected() {
        return status == MessageStatus.REJECTED;
    }
}
