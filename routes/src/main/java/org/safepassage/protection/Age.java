package org.safepassage.protection;

import java.time.LocalDate;
import org.safepassage.manifest.model.Traveller;

/**
 * A traveller's age at the flight's departure date, and how sure it is.
 *
 * <ul>
 *   <li>{@link Status#KNOWN}: {@link #years()} is the age in completed years (also when the date of birth
 *       is incomplete but every possible date gives the same age).</li>
 *   <li>{@link Status#UNKNOWN}: no date of birth, or an incomplete one: {@link #youngest()} and
 *       {@link #oldest()} bound the age where something is known (from the incomplete date, or from the
 *       booking's passenger type), {@code null} where nothing is. A traveller of unknown age who may be a
 *       minor is itself a reason to look; it is never guessed "adult".</li>
 *   <li>{@link Status#DATA_ERROR}: the date of birth is impossible (not a date, after the departure date,
 *       or an age over the plausible maximum): a data error, never a minor.</li>
 * </ul>
 *
 * <p>A child is a person under 18 (UNCRC art. 1), whatever the country. The civil majority age of a
 * country is used only to ask whether an escort is an adult ({@link #isAdult(int)}).
 *
 * @param status      known, unknown or data error
 * @param years       completed years at departure when {@link Status#KNOWN}, else {@code null}
 * @param explanation how the age was established, for an officer (may name the date of birth)
 * @param youngest    lower bound of the age, or {@code null} when unknown
 * @param oldest      upper bound of the age, or {@code null} when unknown
 * @param presumedAdult {@code true} when no date of birth bounds the age and the data presents an adult: crew,
 *                    a PNR passenger booked as an adult, or (unless the catalogue says otherwise) a PNR-only
 *                    passenger with neither date of birth nor passenger type. Taken at its word until a date
 *                    of birth arrives (API data carries one and triggers a new assessment)
 */
public record Age(Status status, Integer years, String explanation, Integer youngest, Integer oldest,
                  boolean presumedAdult) {

    /** Under this age a person is a child (UN Convention on the Rights of the Child, art. 1). */
    public static final int CHILD_UNDER = 18;

    /** How much is known about the age. */
    public enum Status {
        KNOWN,
        UNKNOWN,
        DATA_ERROR
    }

    /** An age of the three-component form: bounds equal to {@code years}, not presumed adult. */
    public Age(Status status, Integer years, String explanation) {
        this(status, years, explanation, years, years, false);
    }

    /** A known age. */
    static Age known(int years, String explanation) {
        return new Age(Status.KNOWN, years, explanation, years, years, false);
    }

    /**
     * The age of {@code traveller} at {@code departureDate}, with the default plausible maximum
     * (110 years). Two-digit years are resolved against {@code departureDate}.
     */
    public static Age at(Traveller traveller, LocalDate departureDate) {
        return AgeCalculator.compute(traveller, departureDate, AgeCalculator.DEFAULT_MAXIMUM_AGE, false).age();
    }

    /**
     * {@code true} when the traveller is certainly under {@code majority} years old: a known age below it,
     * or an unknown age whose upper bound is below it. Data errors are never minors.
     */
    public boolean isMinor(int majority) {
        return switch (status) {
            case KNOWN -> years < majority;
            case UNKNOWN -> oldest != null && oldest < majority;
            case DATA_ERROR -> false;
        };
    }

    /**
     * {@code true} when the traveller is, or may be, a child (under 18): a known age under 18, or an
     * unknown age that can be under 18. Travellers presumed adult (crew, PNR "adult" passengers without a date
     * of birth) are minors only when something bounds their age under 18. Data errors are never minors.
     */
    public boolean mayBeMinor() {
        return switch (status) {
            case KNOWN -> years < CHILD_UNDER;
            case UNKNOWN -> presumedAdult ? oldest != null && oldest < CHILD_UNDER
                    : youngest == null || youngest < CHILD_UNDER;
            case DATA_ERROR -> false;
        };
    }

    /**
     * {@code true} when the traveller counts as an adult escort under a majority age of {@code majority}:
     * a known age at or over it, a lower bound at or over it, or (nothing bounding the age) data stating
     * an adult (presumed adult). Otherwise an unknown or impossible age is not an adult.
     */
    public boolean isAdult(int majority) {
        return switch (status) {
            case KNOWN -> years >= majority;
            case UNKNOWN -> youngest != null ? youngest >= majority : presumedAdult && oldest == null;
            case DATA_ERROR -> presumedAdult;
        };
    }

    /** A short form of the age for explanations: "7 years old", "between 17 and 18", "age unknown". */
    public String shortForm() {
        return switch (status) {
            case KNOWN -> years == 1 ? "1 year old" : years + " years old";
            case UNKNOWN -> youngest != null && oldest != null
                    ? (youngest.equals(oldest) ? "about " + youngest + " years old"
                    : "between " + youngest + " and " + oldest + " years old")
                    : youngest != null ? "age unknown (at least " + youngest + ")"
                    : oldest != null ? "age unknown (under " + (oldest + 1) + ")" : "age unknown";
            case DATA_ERROR -> "age not established (date of birth is a data error)";
        };
    }

    /** Status only: the explanation may name the date of birth. */
    @Override
    public String toString() {
        return "Age[" + status + "]";
    }
}
