package org.safepassage.protection;

import java.util.List;

/**
 * M13 (data quality, never counted): the date of birth is not a possible date, is after the departure
 * date, or gives an age over the plausible maximum (default 110). A data error is never taken as a minor;
 * the indicator is recorded on any traveller so that the data can be corrected, with weight 0.
 */
final class M13ImpossibleDateOfBirth implements Rule {

    @Override
    public String code() {
        return "M13";
    }

    /** A data error, recorded for the record: it never counts towards a score and is never decisive. */
    @Override
    public boolean countsTowardsScore() {
        return false;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("maximumPlausibleAge", AgeCalculator.DEFAULT_MAXIMUM_AGE, 80));
    }

    @Override
    public boolean appliesToEveryone() {
        return true;
    }

    @Override
    public Finding evaluate(TravellerFacts t, FlightIndex flight, RuleDefinition rule) {
        AgeCalculator.Problem p = t.ageResult.problem();
        if (!p.isDataError()) {
            return null;
        }
        Evidence dob = Finding.dateOfBirth(t);
        String what = switch (p) {
            case NOT_A_DATE -> "the date of birth written " + t.ageResult.dateOfBirth().raw() + " is not a possible date";
            case AFTER_DEPARTURE -> "the date of birth (" + dob.value() + ") is after the departure date " + flight.departure;
            default -> "the date of birth (" + dob.value() + ") gives an age over " + rule.integer("maximumPlausibleAge");
        };
        return Finding.of(what + ": a data error, not counted towards any score", List.of(dob));
    }
}
