package org.safepassage.mrtd.mrz;

/** The stable ids of the checks in an {@link MrzReading}, always reported in this order. */
public final class MrzCheckIds {

    /** Line count, line length, character set and layout recognition; structural field content. */
    public static final String FORMAT = "mrz.format";
    /** Document number check digit (over the full number when it continues in the optional data). */
    public static final String DOCUMENT_NUMBER = "mrz.document-number";
    /** Date of birth: check digit and calendar plausibility. */
    public static final String DATE_OF_BIRTH = "mrz.date-of-birth";
    /** Date of expiry: check digit and calendar plausibility. */
    public static final String DATE_OF_EXPIRY = "mrz.date-of-expiry";
    /** TD3 personal number (optional data) check digit; SKIPPED for the other layouts. */
    public static final String OPTIONAL_DATA = "mrz.optional-data";
    /** Composite check digit of TD1, TD2 and TD3; SKIPPED for MRV-A and MRV-B. */
    public static final String COMPOSITE = "mrz.composite";

    /** All ids in report order. */
    public static final java.util.List<String> ALL = java.util.List.of(
            FORMAT, DOCUMENT_NUMBER, DATE_OF_BIRTH, DATE_OF_EXPIRY, OPTIONAL_DATA, COMPOSITE);

    private MrzCheckIds() {
    }
}
