package org.safepassage.mrtd.report;

/** The stable check ids. */
public final class CheckIds {
    public static final String SOD_PARSE = "sod.parse";
    public static final String SOD_PROFILE = "sod.profile";
    public static final String SOD_SIGNATURE = "sod.signature";
    public static final String DSC_CHAIN = "dsc.chain";
    public static final String DSC_VALIDITY = "dsc.validity";
    public static final String DSC_REVOCATION = "dsc.revocation";
    public static final String DG1_MRZ_MATCH = "dg1.mrz-match";
    public static final String DG1_IDENTITY_MATCH = "dg1.identity-match";
    public static final String AA_SIGNATURE = "aa.signature";

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
