package org.safepassage.mrtd.cms;

/** Malformed ASN.1: bad tag, truncated element, impossible length. */
public class DerException extends RuntimeException {
    public DerException(String message) {
        super(message);
    }

    public DerException(String message, Throwable cause) {
        super(message, cause);
    }
}
