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
    DATA_ERROR;

    /** Only the names: never a number (which would pick an outcome by its position). */
    @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
    public static Outcome named(String name) {
        for (Outcome outcome : values()) {
            if (outcome.name().equals(name)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("not an outcome");
    }
}
