package org.safepassage.protection;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Country codes as the data writes them (ISO 3166 alpha-3 in PAXLST and SSR DOCS, sometimes alpha-2,
 * {@code D} for Germany in MRZ-derived data) folded to alpha-3 so that they can be compared.
 */
final class Countries {

    private static final Map<String, String> ALPHA2_TO_ALPHA3 = new HashMap<>();

    static {
        for (String a2 : Locale.getISOCountries()) {
            try {
                String a3 = new Locale("", a2).getISO3Country();
                if (!a3.isEmpty()) {
                    ALPHA2_TO_ALPHA3.put(a2, a3);
                }
            } catch (MissingResourceException e) {
                // no alpha-3 code known for this entry: leave it out
            }
        }
        ALPHA2_TO_ALPHA3.put("UK", "GBR");
        ALPHA2_TO_ALPHA3.put("XK", "XKX");
        ALPHA2_TO_ALPHA3.put("D", "DEU");
    }

    private Countries() {
    }

    /** The alpha-3 code, or the code as written (trimmed, upper case) when not known; {@code null} for blank. */
    static String iso3(String code) {
        if (code == null) {
            return null;
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.isEmpty()) {
            return null;
        }
        if (c.length() == 3) {
            return c;
        }
        String a3 = ALPHA2_TO_ALPHA3.get(c);
        return a3 == null ? c : a3;
    }
}
