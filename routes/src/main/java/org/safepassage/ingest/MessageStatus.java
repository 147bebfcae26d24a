package org.safepassage.ingest;

/** What became of a message. */
public enum MessageStatus {
    /** Durably received, not processed yet. */
    RECEIVED,
    /** Parsed and stored. */
    ACCEPTED,
    /** Parsed and stored; the warnings say what was odd (wrong counts, unknown qualifiers, a broken traveller group). */
    ACCEPTED_WITH_WARNINGS,
    /** Could not be used at all; the reason says why, and the raw message is on the dead-letter destination. */
    REJECTED,
    /** The same message had been processed before; nothing changed. */
    DUPLICATE
}
