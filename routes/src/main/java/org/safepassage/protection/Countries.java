package org.safepassage.protection;

import java.util.Locale;

/**
 * Country codes as the data writes them (ISO 3166 alpha-3 in PAXLST and SSR DOCS, sometimes alpha-2,
 * {@code D} for Germany in MRZ-derived data) folded to alpha-3 so that they can be compared. The
 * table is the verification library's ({@link org.safepassage.mrtd.mrz.Countries}).
 */
final class Countries {

    private Countries() {
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** The alpha-3 code, or the code as written (trimmed, upper case) when not known; {@code null} for blank. */
    static String iso3(String code) {
        if (code == null) {
            return null;
        }
        if (code.length() == 3 && isUpper(code.charAt(0)) && isUpper(code.charAt(1)) && isUpper(code.charAt(2))) {
            return code;
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.isEmpty()) {
            return null;
        }
        if (c.length() == 3) {
            return c;
        }
        String a3 = org.safepassage.mrtd.mrz.Countries.alpha3(c);
        return a3 == null ? c : a3;
    }
}
