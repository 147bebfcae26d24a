package org.safepassage.manifest.model;

/**
 * A flight designator split into carrier and number, e.g. {@code UA0989} into {@code UA} and
 * {@code 0989}. Carriers are 2-character IATA designators (which may contain a digit, e.g.
 * {@code U2}, {@code 9W}) or 3-letter ICAO designators; numbers are 1 to 4 digits with an optional
 * operational suffix letter.
 *
 * @param carrier carrier designator, upper case, or {@code null} when not recognisable
 * @param number  flight number as written (leading zeros kept), or {@code null}
 */
public record FlightDesignator(String carrier, String number) {

    /**
     * Splits {@code text}. When {@code carrierHint} (e.g. TDT's carrier element) is given and the
     * text starts with it, that prefix is the carrier; a text of digits only is a number for the
     * hinted carrier.
     */
    public static FlightDesignator parse(String text, String carrierHint) {
        String hint = carrierHint == null ? null : carrierHint.trim().toUpperCase(java.util.Locale.ROOT);
        if (hint != null && hint.isEmpty()) {
            hint = null;
        }
        if (text == null || text.isBlank()) {
            return new FlightDesignator(hint, null);
        }
        String t = text.trim().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        if (hint != null && t.startsWith(hint) && t.length() > hint.length()) {
            return new FlightDesignator(hint, t.substring(hint.length()));
        }
        if (Character.isDigit(t.charAt(0)) && isNumber(t)) {
            return new FlightDesignator(hint, t);
        }
        if (t.length() >= 4 && Character.isLetter(t.charAt(0)) && Character.isLetter(t.charAt(1))
                && Character.isLetter(t.charAt(2)) && Character.isDigit(t.charAt(3))) {
            return new FlightDesignator(t.substring(0, 3), t.substring(3));
        }
        if (t.length() >= 3) {
            return new FlightDesignator(t.substring(0, 2), t.substring(2));
        }
        return new FlightDesignator(hint, t);
    }

    private static boolean isNumber(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isDigit(c) && !(i == t.length() - 1 && Character.isLetter(c) && i > 0)) {
                return false;
            }
        }
        return true;
    }

    /** The number without leading zeros ({@code 0989} gives {@code 989}, {@code 0006} gives {@code 6}). */
    public String normalisedNumber() {
        return normaliseNumber(number);
    }

    static String normaliseNumber(String number) {
        if (number == null) {
            return null;
        }
        String n = number.trim().toUpperCase(java.util.Locale.ROOT);
        int i = 0;
        while (i < n.length() - 1 && n.charAt(i) == '0' && Character.isDigit(n.charAt(i + 1))) {
            i++;
        }
        return n.substring(i);
    }
}
