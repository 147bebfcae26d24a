package org.safepassage.mrtd.report;

import java.util.List;

/** The stable check ids of a {@link VerificationReport}, for the printed MRZ, the chip and its signatures. */
public final class CheckIds {

    /** Line count, line length, character set and layout recognition; structural field content. */
    public static final String MRZ_FORMAT = "mrz.format";
    /** Document number check digit (over the full number when it continues in the optional data). */
    public static final String MRZ_DOCUMENT_NUMBER = "mrz.document-number";
    /** Date of birth: check digit and calendar plausibility. */
    public static final String MRZ_DATE_OF_BIRTH = "mrz.date-of-birth";
    /** Date of expiry: check digit and calendar plausibility. */
    public static final String MRZ_DATE_OF_EXPIRY = "mrz.date-of-expiry";
    /** TD3 personal number (optional data) check digit; SKIPPED for the other layouts. */
    public static final String MRZ_OPTIONAL_DATA = "mrz.optional-data";
    /** Composite check digit of TD1, TD2 and TD3; SKIPPED for MRV-A and MRV-B. */
    public static final String MRZ_COMPOSITE = "mrz.composite";

    public static final String SOD_PARSE = "sod.parse";
    public static final String SOD_PROFILE = "sod.profile";
    public static final String SOD_SIGNATURE = "sod.signature";
    public static final String DSC_CHAIN = "dsc.chain";
    public static final String DSC_VALIDITY = "dsc.validity";
    public static final String DSC_REVOCATION = "dsc.revocation";
    /** EF.COM, DG1, DG14 and DG15 decoded (JMRTD); WARN where a fallback read what JMRTD could not. */
    public static final String LDS_DECODE = "lds.decode";
    public static final String DG1_MRZ_MATCH = "dg1.mrz-match";
    /** DG1 against the airline's data for the traveller (API/PNR): names, date of birth, document number, nationality, sex, expiry. */
    public static final String DG1_API_MATCH = "dg1.api-match";
    /** The printed MRZ (OCR) against the airline's data, the same fields: the check that remains for a document without a chip. */
    public static final String MRZ_API_MATCH = "mrz.api-match";
    public static final String AA_SIGNATURE = "aa.signature";
    /**
     * Chip Authentication as the reader reports it (the protocol runs between reader and chip; its result cannot be
     * re-checked from the files): FAIL when the reader says it failed, SKIPPED when not performed or not reported.
     */
    public static final String CA_READER = "ca.reader";

    /** The checks of a printed MRZ, in report order (always all of them, see {@code MrzReading}). */
    public static final List<String> MRZ = List.of(MRZ_FORMAT, MRZ_DOCUMENT_NUMBER, MRZ_DATE_OF_BIRTH,
            MRZ_DATE_OF_EXPIRY, MRZ_OPTIONAL_DATA, MRZ_COMPOSITE);

    /** The Passive Authentication checks before the data group hashes, in report order. */
    public static final List<String> PASSIVE_AUTHENTICATION = List.of(SOD_PARSE, SOD_PROFILE, SOD_SIGNATURE,
            DSC_CHAIN, DSC_VALIDITY, DSC_REVOCATION);

    private static final String[] DG_HASH = new String[17];

    static {
        for (int i = 1; i <= 16; i++) {
            DG_HASH[i] = "dg" + i + ".hash";
        }
    }

    private CheckIds() {
    }

    /** {@code dg<N>.hash}. */
    public static String dgHash(int n) {
        return n >= 1 && n <= 16 ? DG_HASH[n] : "dg" + n + ".hash";
    }
}
