package org.safepassage.manifest.model;

/**
 * How much of each value the manifest tables keep in their own columns (the rest of a traveller's data lives in
 * the traveller's stored record, which has no such limit). The ingest check warns about a value longer than its
 * column, and the store cuts it to fit, so that one over-long field never costs a message its other travellers.
 */
public final class FieldLimits {

    /** Carrier, flight (or journey) number and location codes: EDIFACT allows an..35. */
    public static final int CODE = 35;
    /** A flight id, e.g. {@code UA989-FRA-2017-01-27}: carrier + number + airport + date fit in it. */
    public static final int FLIGHT_ID = 128;
    public static final int SURNAME = 200;
    public static final int GIVEN_NAMES = 200;
    public static final int NATIONALITY = 8;
    public static final int BOOKING_REFERENCE = 64;
    /** The normalised surname|given names key of a traveller. */
    public static final int MATCH_KEY = 400;

    private FieldLimits() {
    }

    /** The value cut to at most {@code max} characters ({@code null} stays {@code null}). */
    public static String fit(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        // never half a surrogate pair
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
