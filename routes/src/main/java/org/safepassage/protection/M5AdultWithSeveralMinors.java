package org.safepassage.protection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * M5: an adult travelling with the (possible) minor is linked to several minors of several surnames on this
 * flight (default: 3 or more minors, 2 or more surnames), or escorts other minors, of other surnames, on
 * other flights (answered by the service through {@link OtherFlights}).
 */
final class M5AdultWithSeveralMinors implements Rule {

    @Override
    public String code() {
        return "M5";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("minimumMinors", 3, 2),
                ParameterSpec.integer("minimumSurnames", 2, 1),
                ParameterSpec.integer("minimumMinorsElsewhere", 1, 1));
    }

    @Override
    public Finding evaluate(TravellerFacts t, FlightIndex flight, RuleDefinition rule) {
        if (t.crew) {
            return null;
        }
        int minMinors = rule.integer("minimumMinors");
        int minSurnames = rule.integer("minimumSurnames");
        int minElsewhere = rule.integer("minimumMinorsElsewhere");
        List<String> parts = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        Set<TravellerFacts> related = null;
        for (TravellerFacts adult : flight.adultEscorts(t)) {
            List<TravellerFacts> minors = flight.minorsLinkedTo(adult);
            int surnames = minors.size() >= minMinors ? surnameCount(minors) : 0;
            boolean here = minors.size() >= minMinors && surnames >= minSurnames;
            List<EscortedMinor> found = flight.elsewhere(adult);
            List<EscortedMinor> elsewhere = found.isEmpty() ? found : otherMinorsElsewhere(found, minors);
            boolean away = elsewhere.size() >= minElsewhere;
            if (!here && !away) {
                continue;
            }
            if (related == null) {
                related = new LinkedHashSet<>();
            }
            related.add(adult);
            evidence.add(new Evidence("adult", adult.id, "flight manifest"));
            if (here) {
                parts.add("adult " + adult.id + " travels with " + minors.size() + " minors of " + surnames
                        + " different surnames on this flight");
                related.addAll(minors);
                evidence.add(new Evidence("minorsWithAdult", String.valueOf(minors.size()), "flight manifest"));
                evidence.add(new Evidence("surnamesAmongMinors", String.valueOf(surnames), "flight manifest"));
            }
            if (away) {
                Set<String> flights = new LinkedHashSet<>();
                for (EscortedMinor m : elsewhere) {
                    flights.add(m.flightId());
                    evidence.add(new Evidence("minorOnOtherFlight", m.flightId() + "/" + m.travellerId(), "other flights"));
                }
                parts.add("adult " + adult.id + " also escorts " + elsewhere.size() + " other minor"
                        + (elsewhere.size() == 1 ? "" : "s") + " on " + flights.size() + " other flight"
                        + (flights.size() == 1 ? "" : "s"));
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        related.remove(t);
        return Finding.of(String.join("; ", parts), evidence, related);
    }

    /** Distinct surnames among minors (a surname matching an earlier one's keys is the same). */
    static int surnameCount(List<TravellerFacts> minors) {
        List<Set<String>> clusters = new ArrayList<>(minors.size());
        outer:
        for (TravellerFacts m : minors) {
            Set<String> keys = m.surnameKeys();
            if (keys.isEmpty()) {
                continue;
            }
            for (Set<String> c : clusters) {
                if (Surnames.same(c, keys)) {
                    c.addAll(keys);
                    continue outer;
                }
            }
            clusters.add(new LinkedHashSet<>(keys));
        }
        return clusters.size();
    }

    /** Minors on other flights whose surname differs from every minor the adult travels with here. */
    private static List<EscortedMinor> otherMinorsElsewhere(List<EscortedMinor> elsewhere, List<TravellerFacts> minorsHere) {
        if (elsewhere.isEmpty()) {
            return elsewhere;
        }
        List<EscortedMinor> out = new ArrayList<>(elsewhere.size());
        for (EscortedMinor m : elsewhere) {
            Set<String> keys = Surnames.keys(m.surname());
            boolean sameAsHere = false;
            for (TravellerFacts h : minorsHere) {
                if (Surnames.same(keys, h.surnameKeys())) {
                    sameAsHere = true;
                    break;
                }
            }
            if (!sameAsHere) {
                out.add(m);
            }
        }
        return out;
    }
}
