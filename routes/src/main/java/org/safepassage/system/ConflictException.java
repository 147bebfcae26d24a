package org.safepassage.system;

/**
 * The action does not fit the state of what it acts on, e.g. closing a referral nobody acknowledged (the API
 * answers 409 with this reason).
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String reason) {
        super(reason);
    }
}
