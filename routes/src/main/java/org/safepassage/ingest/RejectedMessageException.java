package org.safepassage.ingest;

/** A message that cannot be used at all; the reason is for the operator (no personal data in it). */
class RejectedMessageException extends Exception {

    public RejectedMessageException(String reason) {
        super(reason);
    }

    public RejectedMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
