package org.safepassage.ingest;

import java.util.List;

/**
 * What processing one received message came to.
 *
 * @param travellersSetAside travellers beyond the per-message limit that were not applied (the whole message
 *                           then goes to the dead-letter destination too)
 */
public record IngestResult(String messageId, MessageStatus status, String reason, List<String> flightIds,
                           List<String> warnings, int travellersSetAside) {

    public boolean assessmentNeeded() {
        return !flightIds.isEmpty();
    }

    public boolean rejected() {
        return status == MessageStatus.REJECTED;
    }
}
