package org.safepassage.protection;

import java.util.List;

/**
 * One indicator of the catalogue: a small class of this package named after its code ({@code M2NoAdultOnBooking}),
 * with a no-argument constructor. A rule reads the per-flight index and its own catalogue entry, and says whether the
 * indicator holds for a traveller and on what evidence. A new indicator is one such class and its entry in the
 * catalogue file: {@link Rules} finds every class of this package that implements this interface.
 */
interface Rule {

    /** The indicator code, as the catalogue names it ({@code M1}, ..., {@code D1}). */
    String code();

    /**
     * {@code false} for an indicator that records something for the officer (e.g. a data error) but never counts
     * towards the score: its catalogue entry must then have weight 0 and not be decisive.
     */
    default boolean countsTowardsScore() {
        return true;
    }

    /** The parameters the rule accepts (checked when the catalogue is loaded). */
    default List<ParameterSpec> parameters() {
        return List.of();
    }

    /** {@code true} when the rule is evaluated for every traveller, not only those who are or may be minors. */
    default boolean appliesToEveryone() {
        return false;
    }

    /**
     * The finding for {@code traveller}, or {@code null} when the indicator does not hold. Called for
     * travellers who are or may be minors (and for everyone when {@link #appliesToEveryone()}).
     */
    Finding evaluate(TravellerFacts traveller, FlightIndex flight, RuleDefinition rule);
}
