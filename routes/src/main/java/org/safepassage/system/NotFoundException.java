package org.safepassage.system;

/** What was asked for does not exist (the API answers 404 with this reason, which names ids only). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String reason) {
        super(reason);
    }
}
