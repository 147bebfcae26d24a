package org.safepassage.mrtd.mrz;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A six-character MRZ date (YYMMDD) resolved against a reference date.
 *
 * <p>Doc 9303 part 3 lets an unknown day or month of birth be printed as {@code <<} (some states print {@code XX} or
 * {@code 00}); such a date has no {@link #date} but is not an error. Anything else that is not a calendar date is a
 * {@link #problem}.
 */
final class MrzDate {

    /** Expiry dates are resolved to the century that puts them at most this many years after the reference date. */
    static final int EXPIRY_FUTURE_YEARS = 50;

    /** The resolved date, null if a part is unknown or the date is impossible. */
    LocalDate date;
    /** Unknown parts, e.g. "day", "month", "year". */
    final List<String> unknown = new ArrayList<>();
    /** Why the printed date is not a date, null if it is one (or has only unknown parts). */
    String problem;

    private MrzDate() {
    }

    /**
     * The latest year ending in {@code yy} whose date is not after the reference date: with reference 2026-01-15,
     * 15 gives 2015, 30 gives 1930, 26 gives 2026 up to 15 January and 1926 after it.
     */
    static int birthYear(int yy, int month, int day, LocalDate ref) {
        int year = ref.getYear() - Math.floorMod(ref.getYear() - yy, 100);
        if (compare(year, month, day, ref) > 0) {
            year -= 100;
        }
        return year;
    }

    /**
     * The year ending in {@code yy} in the window from 49 years before to 50 years after the reference year: with
     * reference 2026, 30 gives 2030, 12 gives 2012, 76 gives 2076 and 77 gives 1977.
     */
    static int expiryYear(int yy, LocalDate ref) {
        int latest = ref.getYear() + EXPIRY_FUTURE_YEARS;
        return latest - Math.floorMod(latest - yy, 100);
    }

    private static int compare(int year, int month, int day, LocalDate ref) {
        if (year != ref.getYear()) {
            return Integer.compare(year, ref.getYear());
        }
        if (month != ref.getMonthValue()) {
            return Integer.compare(month, ref.getMonthValue());
        }
        return Integer.compare(day, ref.getDayOfMonth());
    }

    /**
     * Parses a printed date (six MRZ characters) as a date of birth ({@code birth}) or of expiry.
     * Never throws for MRZ characters.
     */
    static MrzDate parse(String raw, boolean birth, LocalDate ref) {
        MrzDate res = new MrzDate();
        // characters that are neither digits nor the unknown markers
        for (int i = 0; i < 6; i++) {
            char c = raw.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '<' && c != 'X') {
                res.problem = "is not a date: '" + c + "' at character " + (i + 1)
                        + (c == 'O' ? " (possibly a misread 0)" : "");
                return res;
            }
        }
        String yy = raw.substring(0, 2);
        String mm = raw.substring(2, 4);
        String dd = raw.substring(4, 6);
        int year = part(yy, false, "year", res);
        int month = part(mm, true, "month", res);
        int day = part(dd, true, "day", res);
        if (res.problem != null) {
            return res;
        }
        if (month > 12) {
            res.problem = "is impossible: month " + mm + " does not exist";
            return res;
        }
        if (day > 31) {
            res.problem = "is impossible: day " + dd + " does not exist";
            return res;
        }
        if (!res.unknown.isEmpty()) {
            if (month > 0 && day > 0 && day > Month.of(month).maxLength()) {
                res.problem = "is impossible: day " + dd + " does not exist in month " + mm;
            }
            return res;
        }
        int fullYear = birth ? birthYear(year, month, day, ref) : expiryYear(year, ref);
        if (fullYear < Year.MIN_VALUE || fullYear > Year.MAX_VALUE) {
            res.problem = "cannot be placed in a century relative to the reference date " + ref;
            return res;
        }
        YearMonth ym = YearMonth.of(fullYear, month);
        if (day > ym.lengthOfMonth()) {
            res.problem = "is impossible: day " + dd + " does not exist in "
                    + ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " " + fullYear;
            return res;
        }
        res.date = LocalDate.of(fullYear, month, day);
        return res;
    }

    /** Parses a two-character date part; returns its value, or 0 if unknown (recorded in res), -1 if invalid. */
    private static int part(String s, boolean zeroIsUnknown, String name, MrzDate res) {
        if (s.equals("<<") || s.equals("XX") || (zeroIsUnknown && s.equals("00"))) {
            res.unknown.add(name);
            return 0;
        }
        char a = s.charAt(0);
        char b = s.charAt(1);
        if (a >= '0' && a <= '9' && b >= '0' && b <= '9') {
            return (a - '0') * 10 + (b - '0');
        }
        if (res.problem == null) {
            res.problem = "is not a date: " + name + " '" + s + "' mixes digits with '<' or 'X'";
        }
        return -1;
    }
}
