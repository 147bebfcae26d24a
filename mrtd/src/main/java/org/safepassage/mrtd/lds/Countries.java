package org.safepassage.mrtd.lds;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * ICAO Doc 9303 three-letter state codes to the ISO 3166 two-letter codes that certificates carry
 * in their C attribute. Covers the ICAO-specific codes ({@code D} for Germany, the British
 * nationality codes, {@code RKS}, {@code EUE}, United Nations codes).
 */
public final class Countries {

    private static final Map<String, String> ALPHA3_TO_ALPHA2 = new HashMap<>();

    static {
        for (String a2 : Locale.getISOCountries()) {
            try {
                String a3 = new Locale("", a2).getISO3Country();
                if (!a3.isEmpty()) {
                    ALPHA3_TO_ALPHA2.put(a3, a2);
                }
            } catch (java.util.MissingResourceException ignored) {
                // no three-letter code for this entry
            }
        }
        ALPHA3_TO_ALPHA2.put("D", "DE");
        for (String gb : new String[] {"GBD", "GBN", "GBO", "GBP", "GBS"}) {
            ALPHA3_TO_ALPHA2.put(gb, "GB");
        }
        ALPHA3_TO_ALPHA2.put("RKS", "XK");
        ALPHA3_TO_ALPHA2.put("EUE", "EU");
        ALPHA3_TO_ALPHA2.put("UNO", "UN");
        ALPHA3_TO_ALPHA2.put("UNA", "UN");
        ALPHA3_TO_ALPHA2.put("UNK", "UN");
    }

    private Countries() {
    }

    /** The two-letter code for an MRZ state code ("D<<", "FRA", "NLD"), or null if unknown. */
    public static String alpha2(String mrzCode) {
        if (mrzCode == null) {
            return null;
        }
        String c = mrzCode.replace("<", "").trim().toUpperCase(Locale.ROOT);
        if (c.length() == 2) {
            return c;
        }
        return ALPHA3_TO_ALPHA2.get(c);
    }
}
