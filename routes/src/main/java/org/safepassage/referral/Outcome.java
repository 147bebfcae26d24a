package org.safepassage.referral;

/** How an officer closed a referral. */
public enum Outcome {
    /** Looked at; no concern for the child. */
    NO_CONCERN,
    /** Handed to child-protection / safeguarding services. */
    SAFEGUARDING_REFERRAL,
    /** A (potential) victim of trafficking was identified. */
    VICTIM_IDENTIFIED,
    /** The indicators came from wrong data (e.g. a mistyped date of birth). */
    DATA_ERROR
}
