package org.safepassage.mrtd.report;

/** The overall outcome of verifying a travel document. */
public enum Verdict {
    /** Every check passed (or passed with a known, trust-preserving deviation) and trust was established. */
    VALID,
    /** At least one check failed. */
    INVALID,
    /** Nothing failed, but trust could not be established (e.g. no CSCA for the issuer). */
    INDETERMINATE
}
