package org.safepassage.protection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.DocumentSource;
import org.safepassage.manifest.model.PassengerType;
import org.safepassage.manifest.model.TravelDocument;
import org.safepassage.manifest.model.Traveller;

/**
 * Computes {@link Age} at the departure date from the traveller's date of birth (or, when the traveller
 * has none, the date of birth written in a document record such as SSR DOCS).
 *
 * <p>Dates written with a two-digit year ({@code YYMMDD}, {@code DDMMMYY}) are resolved again against the
 * flight's departure date: 20YY, or 19YY when 20YY would be after it (a 2015 birth year on a 2010 flight
 * is 1915). When no date of birth bounds the age, the booking's passenger type may (IATA: infant under 2,
 * child 2 to 11; an unaccompanied-minor request's declared age); crew and PNR "adult" passengers are
 * taken as adults.
 */
final class AgeCalculator {

    /** Ages above this are data errors (M13's default {@code maximumPlausibleAge}). */
    static final int DEFAULT_MAXIMUM_AGE = 110;

    /** What was wrong with the date of birth, if anything. */
    enum Problem {
        NONE,
        /** No date of birth at all. */
        MISSING,
        /** Day, month or year marked unknown. */
        INCOMPLETE,
        /** Present but not a possible date. */
        NOT_A_DATE,
        /** After the departure date. */
        AFTER_DEPARTURE,
        /** Older than the plausible maximum. */
        IMPLAUSIBLY_OLD,
        /** The flight has no departure date: no age can be computed. */
        NO_DEPARTURE_DATE;

        boolean isDataError() {
            return this == NOT_A_DATE || this == AFTER_DEPARTURE || this == IMPLAUSIBLY_OLD;
        }
    }

    /**
     * The age, the date of birth it was computed from (re-resolved), where that came from, and any problem.
     */
    record Result(Age age, DateOfBirth dateOfBirth, String origin, Problem problem) {
    }

    private AgeCalculator() {
    }

    /**
     * @param maximumAge              ages above this are data errors
     * @param pnrWithoutAgeMayBeMinor {@code true} to treat a PNR-only passenger with neither date of birth nor
     *                                passenger type as possibly a minor (default: presumed adult until API data)
     */
    static Result compute(Traveller t, LocalDate departure, int maximumAge, boolean pnrWithoutAgeMayBeMinor) {
        return compute(t, departure, maximumAge, pnrWithoutAgeMayBeMinor, false);
    }

    /**
     * As {@link #compute(Traveller, LocalDate, int, boolean)}; with {@code chipVerified} (the traveller's document
     * read at the border verified VALID), the date of birth in the chip's DG1 counts before the airline's: a
     * document whose signature holds outranks what was keyed at check-in.
     */
    static Result compute(Traveller t, LocalDate departure, int maximumAge, boolean pnrWithoutAgeMayBeMinor,
                          boolean chipVerified) {
        DateOfBirth dob = t.dateOfBirth();
        String origin = t.roleCode() != null ? "PAXLST DTM+329" : "PNR SSR DOCS";
        if (chipVerified) {
            for (TravelDocument d : t.documents()) {
                if (d.source() == DocumentSource.CHIP && d.dateOfBirth().status() == DateOfBirth.Status.COMPLETE) {
                    dob = d.dateOfBirth();
                    origin = "chip DG1 (document read verified VALID)";
                    break;
                }
            }
        }
        if (dob.status() == DateOfBirth.Status.MISSING) {
            for (TravelDocument d : t.documents()) {
                if (d.dateOfBirth().status() != DateOfBirth.Status.MISSING) {
                    dob = d.dateOfBirth();
                    origin = originOf(d) + " (document record)";
                    if (dob.status() == DateOfBirth.Status.COMPLETE) {
                        break;
                    }
                }
            }
        }
        boolean presumedAdult = t.role().isCrew() || t.passengerType() == PassengerType.ADULT
                || (t.roleCode() == null && t.passengerType() == PassengerType.UNKNOWN && !pnrWithoutAgeMayBeMinor);
        if (departure == null) {
            return fromBookingOr(t, dob, origin, Problem.NO_DEPARTURE_DATE,
                    "age not computed: the flight has no departure date", presumedAdult);
        }
        dob = resolveAgain(dob, departure);
        switch (dob.status()) {
            case MISSING:
                return fromBookingOr(t, dob, origin, Problem.MISSING, "no date of birth", presumedAdult);
            case INVALID:
                return dataError(t, dob, origin, Problem.NOT_A_DATE,
                        "date of birth written " + dob.raw() + " is not a possible date", presumedAdult);
            case COMPLETE: {
                LocalDate born = dob.date();
                String bornText = born.toString();
                String written = dob.raw() == null || dob.raw().equals(bornText) ? "" : " (written " + dob.raw() + ")";
                if (born.isAfter(departure)) {
                    return dataError(t, dob, origin, Problem.AFTER_DEPARTURE,
                            "date of birth " + bornText + written + " is after the departure date " + departure,
                            presumedAdult);
                }
                int years = (int) ChronoUnit.YEARS.between(born, departure);
                if (years > maximumAge) {
                    return dataError(t, dob, origin, Problem.IMPLAUSIBLY_OLD, "date of birth " + bornText + written
                            + " gives an age of " + years + ", over " + maximumAge, presumedAdult);
                }
                return new Result(Age.known(years, plural(years) + " old at departure on " + departure
                        + " (date of birth " + bornText + written + ")"), dob, origin, Problem.NONE);
            }
            case PARTIAL:
            default: {
                LocalDate earliest = dob.earliestPossible();
                LocalDate latest = dob.latestPossible();
                if (earliest == null) {
                    return fromBookingOr(t, dob, origin, Problem.INCOMPLETE,
                            "date of birth written " + dob.raw() + " has no year", presumedAdult);
                }
                if (earliest.isAfter(departure)) {
                    return dataError(t, dob, origin, Problem.AFTER_DEPARTURE,
                            "date of birth written " + dob.raw() + " is after the departure date " + departure, presumedAdult);
                }
                int youngest = latest.isAfter(departure) ? 0 : (int) ChronoUnit.YEARS.between(latest, departure);
                int oldest = (int) ChronoUnit.YEARS.between(earliest, departure);
                if (youngest > maximumAge) {
                    return dataError(t, dob, origin, Problem.IMPLAUSIBLY_OLD, "date of birth written " + dob.raw()
                            + " gives an age over " + maximumAge, presumedAdult);
                }
                String unknownPart = dob.monthUnknown() ? "day and month of birth not given" : "day of birth not given";
                if (youngest == oldest) {
                    return new Result(Age.known(youngest, plural(youngest) + " old at departure on " + departure
                            + " (" + unknownPart + ": born " + earliest + " to " + latest + ", written " + dob.raw() + ")"),
                            dob, origin, Problem.INCOMPLETE);
                }
                Age age = new Age(Age.Status.UNKNOWN, null, "age unknown: " + youngest + " or more, " + oldest
                        + " at most at departure on " + departure + " (" + unknownPart + ": born " + earliest
                        + " to " + latest + ", written " + dob.raw() + ")", youngest, oldest, t.role().isCrew());
                return new Result(age, dob, origin, Problem.INCOMPLETE);
            }
        }
    }

    /** Where a document record came from, for evidence. */
    static String originOf(TravelDocument d) {
        return switch (d.source()) {
            case PAXLST_DOC -> "PAXLST DOC";
            case SSR_DOCS -> "PNR SSR DOCS";
            case SSR_DOCO -> "PNR SSR DOCO";
            case CHIP -> "chip DG1 (document read)";
        };
    }

    /**
     * A date written with a two-digit year, resolved again against the departure date (the parser may have
     * resolved it against another date, or none). Other dates are returned as they are.
     */
    static DateOfBirth resolveAgain(DateOfBirth dob, LocalDate departure) {
        String raw = dob.raw();
        if (raw == null || dob.status() == DateOfBirth.Status.MISSING) {
            return dob;
        }
        boolean twoDigitYear = raw.length() == 6 || raw.length() == 7 && Character.isLetter(raw.charAt(2));
        if (!twoDigitYear) {
            return dob;
        }
        if (dob.status() == DateOfBirth.Status.COMPLETE && dob.year() == centuryFor(dob.date(), departure)) {
            return dob;
        }
        DateOfBirth again;
        if (raw.length() == 6) {
            again = DateOfBirth.fromYyMmDd(raw, departure);
        } else if (raw.length() == 7 && Character.isLetter(raw.charAt(2))) {
            again = DateOfBirth.fromDdMmmYy(raw, departure);
        } else {
            return dob;
        }
        return again.status() == DateOfBirth.Status.INVALID && dob.status() != DateOfBirth.Status.INVALID ? dob : again;
    }

    /** The year the passenger-data rule gives a complete date's two-digit year: 20YY, or 19YY if that is after D. */
    private static int centuryFor(LocalDate date, LocalDate departure) {
        int y = 2000 + Math.floorMod(date.getYear(), 100);
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        boolean after = y != departure.getYear() ? y > departure.getYear()
                : m != departure.getMonthValue() ? m > departure.getMonthValue() : d > departure.getDayOfMonth();
        return after ? y - 100 : y;
    }

    private static Result dataError(Traveller t, DateOfBirth dob, String origin, Problem problem, String why,
                                    boolean presumedAdult) {
        Bounds b = bookingBounds(t);
        if (b != null) {
            Age age = new Age(Age.Status.UNKNOWN, null, "age unknown: " + why + "; " + b.text, b.youngest, b.oldest,
                    false);
            return new Result(age, dob, origin, problem);
        }
        return new Result(new Age(Age.Status.DATA_ERROR, null, why + ": a data error, not an age", null, null,
                presumedAdult), dob, origin, problem);
    }

    private static Result fromBookingOr(Traveller t, DateOfBirth dob, String origin, Problem problem, String why,
                                        boolean presumedAdult) {
        Bounds b = bookingBounds(t);
        if (b != null) {
            return new Result(new Age(Age.Status.UNKNOWN, null, "age unknown: " + why + "; " + b.text, b.youngest,
                    b.oldest, false), dob, origin, problem);
        }
        String stated = t.role().isCrew() ? "; listed as crew"
                : t.passengerType() == PassengerType.ADULT ? "; booked as an adult (PNR passenger type)"
                : presumedAdult ? "; PNR data only, no passenger type: taken as an adult until API data arrives" : "";
        return new Result(new Age(Age.Status.UNKNOWN, null, "age unknown: " + why + stated, null, null, presumedAdult),
                dob, origin, problem);
    }

    private record Bounds(int youngest, int oldest, String text) {
    }

    /** What the booking says about the age of someone with no usable date of birth, or {@code null}. */
    private static Bounds bookingBounds(Traveller t) {
        boolean infantDocument = t.documents().stream().anyMatch(TravelDocument::infant);
        if (t.isInfant() || infantDocument || t.accompanyingTravellerRef() != null) {
            return new Bounds(0, 1, "booked as an infant (under 2)");
        }
        var umnr = t.ssr("UMNR");
        Integer declared = umnr == null ? null : umnr.declaredUnaccompaniedMinorAge();
        if (declared != null && declared < Age.CHILD_UNDER) {
            return new Bounds(declared, declared, "age " + declared + " declared in the unaccompanied-minor request (SSR UMNR)");
        }
        if (t.passengerType() == PassengerType.CHILD) {
            return new Bounds(2, 11, "booked as a child (IATA passenger type: 2 to 11)");
        }
        if (t.passengerType() == PassengerType.UNACCOMPANIED_MINOR || umnr != null) {
            return new Bounds(0, 17, "booked as an unaccompanied minor");
        }
        return null;
    }

    private static String plural(int years) {
        return years == 1 ? "1 year" : years + " years";
    }
}
