package org.safepassage.protection;

import java.util.List;

/**
 * One indicator of the catalogue: a small class named after its code. A rule reads the per-flight index
 * and its own catalogue entry, and says whether the indicator holds for a traveller and on what evidence.
 */
interface Rule {

    /** The indicator code. */
    IndicatorCode code();

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
