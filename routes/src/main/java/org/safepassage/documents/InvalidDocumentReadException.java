package org.safepassage.documents;

/** A document-read event that cannot be used, and why (said without personal data). */
class InvalidDocumentReadException extends RuntimeException {

    InvalidDocumentReadException(String reason) {
        super(reason);
    }
}
