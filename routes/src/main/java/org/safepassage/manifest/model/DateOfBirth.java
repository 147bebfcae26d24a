package org.safepassage.manifest.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * A date of birth as the carrier wrote it, and what can be known from it.
 *
 * <p>Two-digit years are resolved against the flight's departure date D, never today: 20YY, or
 * 19YY if 20YY would be after D. An unknown day or month ({@code <<}, {@code XX}, {@code 00}) is
 * never guessed: the status is {@link Status#PARTIAL}, {@link #date()} is {@code null}, and
 * {@link #earliestPossible()}/{@link #latestPossible()} give the range the person was born in, so
 * that a rule can tell "certainly a minor" from "age unknown, refer for review". An impossible date
 * (31 February, month 13, letters) is {@link Status#INVALID} and keeps only its raw text.
 *
 * @param raw    the text as written (trimmed), or {@code null} when the message had no date of birth
 * @param status what kind of value this is
 * @param date   the full date when {@link Status#COMPLETE}, else {@code null}
 * @param year   the resolved year when known (complete or partial), else {@code null}
 * @param month  the month when known, else {@code null}
 */
public record DateOfBirth(String raw, Status status, LocalDate date, Integer year, Integer month) {

    /** What a {@link DateOfBirth} holds. */
    public enum Status {
        /** Day, month and year known and valid. */
        COMPLETE,
        /** Year known (or unknown) but day and/or month marked unknown: age unknown, never guessed. */
        PARTIAL,
        /** Present but not a possible date. */
        INVALID,
        /** Not sent. */
        MISSING
    }

    private static final DateOfBirth MISSING = new DateOfBirth(null, Status.MISSING, null, null, null);
    private static final String[] MONTHS =
            {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

    /** No date of birth was sent. */
    public static DateOfBirth missing() {
        return MISSING;
    }

    /** A complete, known date (e.g. from a 4-digit-year source). */
    public static DateOfBirth of(LocalDate date) {
        return new DateOfBirth(date.toString(), Status.COMPLETE, date, date.getYear(), date.getMonthValue());
    }

    /** {@code YYMMDD} (PAXLST {@code DTM+329}, MRZ), resolved against the departure date. */
    public static DateOfBirth fromYyMmDd(String raw, LocalDate departureDate) {
        if (raw == null || raw.isBlank()) {
            return MISSING;
        }
        String t = raw.trim();
        if (t.length() != 6) {
            return invalid(t);
        }
        return resolve(t, t.substring(0, 2), t.substring(2, 4), t.substring(4, 6), false, departureDate);
    }

    /** {@code CCYYMMDD} (PAXLST {@code DTM+329:...:102}). */
    public static DateOfBirth fromCcyyMmDd(String raw) {
        if (raw == null || raw.isBlank()) {
            return MISSING;
        }
        String t = raw.trim();
        if (t.length() != 8) {
            return invalid(t);
        }
        return resolve(t, t.substring(0, 4), t.substring(4, 6), t.substring(6, 8), true, null);
    }

    /** {@code DDMMMYY} or {@code DDMMMYYYY} (PNR SSR DOCS), resolved against the departure date. */
    public static DateOfBirth fromDdMmmYy(String raw, LocalDate departureDate) {
        if (raw == null || raw.isBlank()) {
            return MISSING;
        }
        String t = raw.trim().toUpperCase(Locale.ROOT);
        if (t.length() != 7 && t.length() != 9) {
            return invalid(t);
        }
        String mmm = t.substring(2, 5);
        String mm;
        if (isUnknownMarker(mmm)) {
            mm = "XX";
        } else {
            int m = monthIndex(mmm);
            if (m < 0) {
                return invalid(t);
            }
            mm = (m < 9 ? "0" : "") + (m + 1);
        }
        return resolve(t, t.substring(5), mm, t.substring(0, 2), t.length() == 9, departureDate);
    }

    /** Month number 0-11 of an English three-letter abbreviation, or -1. */
    public static int monthIndex(String mmm) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equalsIgnoreCase(mmm)) {
                return i;
            }
        }
        return -1;
    }

    private static DateOfBirth resolve(String raw, String yy, String mm, String dd, boolean fullYear,
                                       LocalDate departureDate) {
        boolean yearUnknown = isUnknownMarker(yy);
        boolean monthUnknown = isUnknownMarker(mm);
        boolean dayUnknown = isUnknownMarker(dd);
        if ((!yearUnknown && !digits(yy)) || (!monthUnknown && !digits(mm)) || (!dayUnknown && !digits(dd))) {
            return invalid(raw);
        }
        Integer month = monthUnknown ? null : Integer.valueOf(mm);
        Integer day = dayUnknown ? null : Integer.valueOf(dd);
        if ((month != null && (month < 1 || month > 12)) || (day != null && (day < 1 || day > 31))) {
            return invalid(raw);
        }
        Integer year = null;
        if (!yearUnknown) {
            int y = Integer.parseInt(yy);
            if (!fullYear) {
                y = 2000 + y;
                if (departureDate != null && after(y, month, day, departureDate)) {
                    y -= 100;
                }
            }
            year = y;
        }
        if (year != null && month != null && day != null) {
            try {
                LocalDate date = LocalDate.of(year, month, day);
                return new DateOfBirth(raw, Status.COMPLETE, date, year, month);
            } catch (DateTimeException e) {
                return invalid(raw);
            }
        }
        return new DateOfBirth(raw, Status.PARTIAL, null, year, month);
    }

    private static boolean after(int year, Integer month, Integer day, LocalDate d) {
        if (year != d.getYear() || month == null) {
            return year > d.getYear();
        }
        if (month != d.getMonthValue() || day == null) {
            return month > d.getMonthValue();
        }
        return day > d.getDayOfMonth();
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** {@code <<}, {@code XX}, {@code 00} (or {@code XXX}, {@code 000} for months in letters). */
    private static boolean isUnknownMarker(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char first = Character.toUpperCase(s.charAt(0));
        if (first != '<' && first != 'X' && first != '0') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (Character.toUpperCase(s.charAt(i)) != first) {
                return false;
            }
        }
        return true;
    }

    private static DateOfBirth invalid(String raw) {
        return new DateOfBirth(raw, Status.INVALID, null, null, null);
    }

    /** {@code true} when the day is not known (partial date, or no date at all). */
    public boolean dayUnknown() {
        return status != Status.COMPLETE;
    }

    /** {@code true} when the month is not known. */
    public boolean monthUnknown() {
        return month == null;
    }

    /** The earliest date the person can have been born on, or {@code null} when the year is unknown. */
    public LocalDate earliestPossible() {
        if (date != null) {
            return date;
        }
        if (year == null) {
            return null;
        }
        return month == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
    }

    /** The latest date the person can have been born on, or {@code null} when the year is unknown. */
    public LocalDate latestPossible() {
        if (date != null) {
            return date;
        }
        if (year == null) {
            return null;
        }
        return month == null ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
    }

    /** Never prints the date itself: only the status (log lines must not carry personal data). */
    @Override
    public String toString() {
        return "DateOfBirth[" + status + "]";
    }
}
