package org.safepassage.mrtd.report;

/** Outcome of one verification check. */
public enum CheckStatus {
    /** The check was performed and passed. */
    PASS,
    /** A known real-world deviation from the standard that does not break trust. */
    WARN,
    /** The check was performed and failed. */
    FAIL,
    /** The check was not performed (input not supplied). */
    SKIPPED,
    /** The check could not be decided (e.g. no trust anchor for the issuer). */
    UNKNOWN
}
