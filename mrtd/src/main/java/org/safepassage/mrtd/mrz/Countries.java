package org.safepassage.mrtd.mrz;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * The one country-code table of SafePassage: ICAO Doc 9303 state codes (as the MRZ writes them),
 * ISO 3166 alpha-3 and alpha-2 (as certificates carry them in their C attribute) and the codes
 * that passenger data uses in their place. Besides ISO 3166 it knows {@code D} for Germany, the
 * British nationality codes ({@code GBD}, {@code GBN}, {@code GBO}, {@code GBP}, {@code GBS}),
 * Kosovo ({@code RKS} in Doc 9303, {@code XK}/{@code XKX} in user-assigned ISO codes), the EU
 * ({@code EUE}), the United Nations ({@code UNO}, {@code UNA}, {@code UNK}) and {@code UK} for
 * the United Kingdom.
 */
public final class Countries {

    /** Any known code (alpha-3, MRZ code, alias) to ISO alpha-2. */
    private static final Map<String, String> TO_ALPHA2 = new HashMap<>();
    /** ISO alpha-2 (and the one- and two-letter aliases) to the alpha-3 code. */
    private static final Map<String, String> TO_ALPHA3 = new HashMap<>();

    static {
        for (String a2 : Locale.getISOCountries()) {
            try {
                String a3 = new Locale("", a2).getISO3Country();
                if (!a3.isEmpty()) {
                    TO_ALPHA2.put(a3, a2);
                    TO_ALPHA3.put(a2, a3);
                }
            } catch (MissingResourceException e) {
                // no three-letter code known for this entry: leave it out
            }
        }
        alias("D", "DE");
        alias("UK", "GB");
        for (String gb : new String[] {"GBD", "GBN", "GBO", "GBP", "GBS"}) {
            TO_ALPHA2.put(gb, "GB");
        }
        TO_ALPHA3.put("XK", "XKX");
        TO_ALPHA2.put("XKX", "XK");
        TO_ALPHA2.put("RKS", "XK");
        TO_ALPHA2.put("EUE", "EU");
        for (String un : new String[] {"UNO", "UNA", "UNK"}) {
            TO_ALPHA2.put(un, "UN");
        }
    }

    private static void alias(String alias, String alpha2) {
        TO_ALPHA2.put(alias, alpha2);
        TO_ALPHA3.put(alias, TO_ALPHA3.get(alpha2));
    }

    private Countries() {
    }

    /**
     * The ISO alpha-2 code for a state code as the MRZ ({@code D<<}, {@code FRA}, {@code GBD}) or
     * passenger data ({@code UK}) writes it; a two-letter code as given; null if unknown.
     */
    public static String alpha2(String code) {
        String c = normalise(code);
        if (c == null) {
            return null;
        }
        String a2 = TO_ALPHA2.get(c);
        return a2 != null ? a2 : c.length() == 2 ? c : null;
    }

    /**
     * The alpha-3 code for a one- or two-letter code ({@code D} and {@code DE} give {@code DEU},
     * {@code UK} gives {@code GBR}, {@code XK} gives {@code XKX}); a three-letter code as given
     * (fillers removed, upper case); null if blank or unknown.
     */
    public static String alpha3(String code) {
        String c = normalise(code);
        if (c == null) {
            return null;
        }
        return c.length() == 3 ? c : TO_ALPHA3.get(c);
    }

    private static String normalise(String code) {
        if (code == null) {
            return null;
        }
        String c = code.replace("<", "").trim().toUpperCase(Locale.ROOT);
        return c.isEmpty() ? null : c;
    }
}
