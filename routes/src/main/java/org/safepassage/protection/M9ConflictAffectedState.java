package org.safepassage.protection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.safepassage.manifest.model.FlightLeg;
import org.safepassage.manifest.model.TravelDocument;

/**
 * M9: the (possible) minor's nationality, document issuing state, or a place of the journey (origin and
 * transit of this flight and of earlier legs of the booking, embarkation, and, when configured, the
 * destination) is in a state on the catalogue's list of conflict-affected states. The list is policy data
 * in the catalogue, with its source; the code holds no list and makes no judgement.
 */
final class M9ConflictAffectedState implements Rule {

    @Override
    public String code() {
        return "M9";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.countries("states"), ParameterSpec.airportCountries("airports"),
                ParameterSpec.bool("includeDestination", true));
    }

    @Override
    public Finding evaluate(TravellerFacts t, FlightIndex flight, RuleDefinition rule) {
        Set<String> states = rule.countries("states");
        if (states.isEmpty()) {
            return null;
        }
        Map<String, String> airports = rule.textMap("airports");
        Map<String, Evidence> hits = new LinkedHashMap<>(2);
        String nat = Countries.iso3(t.traveller.nationality());
        if (nat != null && states.contains(nat)) {
            hits.put("nationality " + nat, new Evidence("nationality", nat, t.nationalityOrigin()));
        }
        for (TravelDocument d : t.traveller.documents()) {
            String iss = Countries.iso3(d.issuingState());
            if (iss != null && states.contains(iss)) {
                hits.putIfAbsent("document issued by " + iss, new Evidence("issuingState", iss, AgeCalculator.originOf(d)));
            }
        }
        place(hits, states, airports, "embarkation", t.traveller.embarkation(), "PAXLST LOC+178");
        List<FlightLeg> legs = flight.flight.legs();
        for (int i = 0; i < legs.size(); i++) {
            FlightLeg leg = legs.get(i);
            place(hits, states, airports, i == 0 ? "origin" : "transit", leg.departureAirport(), "flight legs");
            boolean last = i == legs.size() - 1;
            if (!last || rule.bool("includeDestination")) {
                place(hits, states, airports, last ? "destination" : "transit", leg.arrivalAirport(), "flight legs");
            }
        }
        if (t.booking != null && flight.departure != null) {
            for (FlightLeg leg : t.booking.itinerary()) {
                if (leg.departureDate() != null && leg.departureDate().isBefore(flight.departure)) {
                    place(hits, states, airports, "earlier leg from", leg.departureAirport(), "PNR TVL");
                    place(hits, states, airports, "earlier leg to", leg.arrivalAirport(), "PNR TVL");
                }
            }
        }
        if (hits.isEmpty()) {
            return null;
        }
        return Finding.of("on the catalogue's list of conflict-affected states: " + String.join(", ", hits.keySet()),
                new ArrayList<>(hits.values()));
    }

    private static void place(Map<String, Evidence> hits, Set<String> states, Map<String, String> airports,
                              String role, String airport, String origin) {
        if (airport == null || airport.isBlank()) {
            return;
        }
        String code = airport.trim().toUpperCase(Locale.ROOT);
        String state = airports.get(code);
        if (state == null || !states.contains(state)) {
            return;
        }
        for (String k : hits.keySet()) {
            if (k.endsWith(" " + code + " (" + state + ")")) {
                return;
            }
        }
        hits.put(role + " " + code + " (" + state + ")", new Evidence(role.replace(' ', '-') + "Airport",
                code + " (" + state + ")", origin));
    }
}
