package org.safepassage.ingest.edifact;

/**
 * The input cannot be read as an interchange of the message types the parser reads (PAXLST and
 * PNRGOV in the service) at all: empty, garbage or binary, no interchange header (UNB), truncated
 * before any message, or no message of those types in it.
 *
 * <p>This is the only exception the parser throws. Anything less severe (wrong counts, unknown
 * qualifiers, a malformed traveller group, an impossible date) is accepted and recorded as a
 * warning on the message. The {@linkplain #getMessage() message} is written for an operator and
 * never contains personal data: it points at segment positions.
 */
public class UnparseableMessageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String reason;

    UnparseableMessageException(String reason) {
        super(reason);
        this.reason = reason;
    }

    /** Why the input was rejected, for an operator. */
    String reason() {
        return reason;
    }
}
