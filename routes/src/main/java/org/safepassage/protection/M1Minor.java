package org.safepassage.protection;

import java.util.List;

/**
 * M1: the traveller is a child (under 18 at the departure date, UNCRC art. 1), or their age is unknown and
 * they may be one (an incomplete or missing date of birth is never guessed "adult").
 */
final class M1Minor implements Rule {

    @Override
    public String code() {
        return "M1";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.bool("ageUnknownCounts", true), ParameterSpec.bool("pnrWithoutAgeMayBeMinor", false));
    }

    @Override
    public Finding evaluate(TravellerFacts t, FlightIndex flight, RuleDefinition rule) {
        Age age = t.age;
        if (age.isMinor(Age.CHILD_UNDER)) {
            String text = age.status() == Age.Status.KNOWN ? age.explanation()
                    : age.explanation() + "; under 18 in any case";
            return Finding.of(text, Finding.age(t));
        }
        if (!rule.bool("ageUnknownCounts")) {
            return null;
        }
        return Finding.of(age.explanation() + "; may be under 18", Finding.age(t));
    }
}
