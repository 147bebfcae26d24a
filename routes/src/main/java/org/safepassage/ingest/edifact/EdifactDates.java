package org.safepassage.ingest.edifact;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.safepassage.manifest.model.DateOfBirth;

/**
 * Date and time formats of PAXLST and PNRGOV. All methods return {@code null} for absent or
 * impossible values instead of throwing; the caller decides whether that deserves a warning.
 *
 * <p>Century rules: flight and booking dates take 20YY; expiry dates take 20YY unless that is
 * implausibly far ahead of the reference date (more than {@value #MAX_EXPIRY_YEARS_AHEAD} years),
 * then 19YY; issue dates, like dates of birth, take 20YY unless that is after the reference date.
 */
public final class EdifactDates {

    /** An expiry more than this many years after the flight is read as 19YY. */
    static final int MAX_EXPIRY_YEARS_AHEAD = 30;

    /** A date with an optional time. */
    public record DateTime(LocalDate date, LocalTime time) {
    }

    private EdifactDates() {
    }

    /**
     * A DTM value by its format code: {@code 101} YYMMDD, {@code 102} CCYYMMDD, {@code 201}
     * YYMMDDHHMM, {@code 203} CCYYMMDDHHMM; without a code, guessed from the length (6, 8, 10, 12).
     * {@code null} when absent or impossible.
     */
    public static DateTime dtm(String value, String format) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        int len = v.length();
        if (format != null) {
            switch (format.trim()) {
                case "101" -> len = 6;
                case "102" -> len = 8;
                case "201" -> len = 10;
                case "203" -> len = 12;
                default -> { }
            }
            if (len != v.length()) {
                len = v.length();
            }
        }
        return switch (len) {
            case 6 -> dateOnly(yymmdd(v));
            case 8 -> dateOnly(ccyymmdd(v));
            case 10 -> {
                LocalDate d = yymmdd(v.substring(0, 6));
                LocalTime t = hhmm(v.substring(6));
                yield d == null ? null : new DateTime(d, t);
            }
            case 12 -> {
                LocalDate d = ccyymmdd(v.substring(0, 8));
                LocalTime t = hhmm(v.substring(8));
                yield d == null ? null : new DateTime(d, t);
            }
            default -> null;
        };
    }

    private static DateTime dateOnly(LocalDate d) {
        return d == null ? null : new DateTime(d, null);
    }

    /** YYMMDD as 20YY (flight and message dates). */
    static LocalDate yymmdd(String v) {
        if (v == null || v.length() != 6 || !digits(v)) {
            return null;
        }
        return date(2000 + num(v, 0, 2), num(v, 2, 4), num(v, 4, 6));
    }

    /** CCYYMMDD. */
    static LocalDate ccyymmdd(String v) {
        if (v == null || v.length() != 8 || !digits(v)) {
            return null;
        }
        return date(num(v, 0, 4), num(v, 4, 6), num(v, 6, 8));
    }

    /** DDMMYY as 20YY (PNRGOV dates: TVL, DAT, RCI). */
    public static LocalDate ddmmyy(String v) {
        if (v == null) {
            return null;
        }
        v = v.trim();
        if (v.length() == 8 && digits(v)) {
            return date(num(v, 4, 8), num(v, 2, 4), num(v, 0, 2));
        }
        if (v.length() != 6 || !digits(v)) {
            return null;
        }
        return date(2000 + num(v, 4, 6), num(v, 2, 4), num(v, 0, 2));
    }

    /** HHMM or HHMMSS; {@code null} when absent or impossible. */
    public static LocalTime hhmm(String v) {
        if (v == null) {
            return null;
        }
        v = v.trim();
        if ((v.length() != 4 && v.length() != 6) || !digits(v)) {
            return null;
        }
        int h = num(v, 0, 2);
        int m = num(v, 2, 4);
        int s = v.length() == 6 ? num(v, 4, 6) : 0;
        if (h == 24 && m == 0 && s == 0) {
            return LocalTime.MIDNIGHT;
        }
        if (h > 23 || m > 59 || s > 59) {
            return null;
        }
        return LocalTime.of(h, m, s);
    }

    /** An expiry date, YYMMDD or CCYYMMDD (by length), resolved forward from {@code reference}. */
    public static LocalDate expiry(String v, LocalDate reference) {
        if (v == null) {
            return null;
        }
        v = v.trim();
        if (v.length() == 8) {
            return ccyymmdd(v);
        }
        LocalDate d = yymmdd(v);
        if (d != null && reference != null && d.getYear() > reference.getYear() + MAX_EXPIRY_YEARS_AHEAD) {
            d = date(d.getYear() - 100, d.getMonthValue(), d.getDayOfMonth());
        }
        return d;
    }

    /** An issue date, YYMMDD or CCYYMMDD (by length): in the past of {@code reference}. */
    public static LocalDate issued(String v, LocalDate reference) {
        if (v == null) {
            return null;
        }
        v = v.trim();
        if (v.length() == 8) {
            return ccyymmdd(v);
        }
        return DateOfBirth.fromYyMmDd(v, reference).date();
    }

    /** DDMMMYY (or DDMMMYYYY) expiry, resolved forward. */
    public static LocalDate expiryDdMmmYy(String v, LocalDate reference) {
        LocalDate d = ddmmmyy(v);
        if (d != null && v.trim().length() == 7 && reference != null
                && d.getYear() > reference.getYear() + MAX_EXPIRY_YEARS_AHEAD) {
            d = date(d.getYear() - 100, d.getMonthValue(), d.getDayOfMonth());
        }
        return d;
    }

    /** DDMMMYY (or DDMMMYYYY) issue date, in the past of {@code reference}. */
    public static LocalDate issuedDdMmmYy(String v, LocalDate reference) {
        return v == null ? null : DateOfBirth.fromDdMmmYy(v, reference).date();
    }

    /** DDMMMYY as 20YY, or DDMMMYYYY. */
    static LocalDate ddmmmyy(String v) {
        if (v == null) {
            return null;
        }
        v = v.trim();
        if (v.length() != 7 && v.length() != 9) {
            return null;
        }
        int month = DateOfBirth.monthIndex(v.substring(2, 5)) + 1;
        String dd = v.substring(0, 2);
        String yy = v.substring(5);
        if (month < 1 || !digits(dd) || !digits(yy)) {
            return null;
        }
        int year = yy.length() == 2 ? 2000 + Integer.parseInt(yy) : Integer.parseInt(yy);
        return date(year, month, Integer.parseInt(dd));
    }

    private static LocalDate date(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > 31) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static boolean digits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
