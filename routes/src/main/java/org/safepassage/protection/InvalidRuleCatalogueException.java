package org.safepassage.protection;

/**
 * A rule catalogue that cannot be used: not YAML, an unknown or missing indicator code, a missing weight,
 * a parameter of the wrong type, ... The message names the file and the entry. The service keeps the
 * catalogue it had.
 */
public class InvalidRuleCatalogueException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidRuleCatalogueException(String message) {
        super(message);
    }

    public InvalidRuleCatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
