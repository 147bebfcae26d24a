package org.safepassage.ingest.edifact;

import java.util.Locale;

/**
 * Reading plain values out of segments, for the parser and every mapper: numbers and codes. Like
 * {@link EdifactDates}, nothing here throws; an absent or malformed value is {@code null}.
 */
public final class Values {

    private Values() {
    }

    /** A non-negative integer of at most 9 digits, spaces around it allowed; else {@code null}. */
    public static Integer integer(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        if (t.isEmpty() || t.length() > 9 || !EdifactDates.digits(t)) {
            return null;
        }
        return Integer.valueOf(t);
    }

    /** A qualifier or code in upper case, as senders write them in either case; {@code null} stays {@code null}. */
    public static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
