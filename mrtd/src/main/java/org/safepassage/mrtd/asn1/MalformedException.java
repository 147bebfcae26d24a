package org.safepassage.mrtd.asn1;

/**
 * Input that Bouncy Castle or JMRTD cannot decode (bad tag, truncated element, impossible length,
 * wrong structure). The verifier turns it into a FAIL check; it never reaches the caller.
 */
public class MalformedException extends RuntimeException {
    public MalformedException(String message) {
        super(message);
    }

    public MalformedException(String message, Throwable cause) {
        super(message, cause);
    }
}
