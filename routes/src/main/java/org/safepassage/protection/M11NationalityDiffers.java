package org.safepassage.protection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safepassage.manifest.model.TravelDocument;

/**
 * M11: the (possible) minor's nationality or document issuing state differs from every adult escort's
 * nationality, document issuing states and residence, and from the minor's own country of residence.
 * Needs an adult escort (without one, M2 holds instead).
 */
final class M11NationalityDiffers implements Rule {

    private static final List<String> VISAS = List.of("V");

    @Override
    public String code() {
        return "M11";
    }

    @Override
    public Finding evaluate(TravellerFacts t, FlightIndex flight, RuleDefinition rule) {
        List<TravellerFacts> adults = flight.adultEscorts(t);
        if (t.crew || adults.isEmpty() || !anyDiffers(t, adults)) {
            return null;
        }
        Map<String, Evidence> mine = new LinkedHashMap<>();
        String nat = Countries.iso3(t.traveller.nationality());
        if (nat != null) {
            mine.put("nationality " + nat, new Evidence("nationality", nat, t.nationalityOrigin()));
        }
        for (TravelDocument d : travelDocuments(t)) {
            String iss = Countries.iso3(d.issuingState());
            if (iss != null) {
                mine.putIfAbsent("document issued by " + iss, new Evidence("issuingState", iss, AgeCalculator.originOf(d)));
            }
        }
        if (mine.isEmpty()) {
            return null;
        }
        Set<String> theirs = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        String residence = Countries.iso3(t.traveller.countryOfResidence());
        if (residence != null) {
            theirs.add(residence);
            evidence.add(new Evidence("countryOfResidence", residence, "PAXLST LOC+174"));
        }
        for (TravellerFacts a : adults) {
            Set<String> codes = new LinkedHashSet<>();
            add(codes, a.traveller.nationality());
            add(codes, a.traveller.countryOfResidence());
            for (TravelDocument d : travelDocuments(a)) {
                add(codes, d.issuingState());
            }
            theirs.addAll(codes);
            if (!codes.isEmpty()) {
                evidence.add(new Evidence("adultCountries", a.id + ": " + String.join(", ", codes),
                        a.fromApi() ? "PAXLST NAT+2, LOC+174, LOC+91" : "PNR SSR DOCS"));
            }
        }
        if (theirs.isEmpty()) {
            return null;
        }
        List<String> differing = new ArrayList<>();
        List<Evidence> own = new ArrayList<>();
        for (Map.Entry<String, Evidence> e : mine.entrySet()) {
            if (!theirs.contains(e.getValue().value())) {
                differing.add(e.getKey());
                own.add(e.getValue());
            }
        }
        if (differing.isEmpty()) {
            return null;
        }
        own.addAll(evidence);
        String text = String.join(" and ", differing) + " differ" + (differing.size() == 1 ? "s" : "")
                + " from the nationality, documents and residence of the adult" + (adults.size() == 1 ? "" : "s")
                + " travelling with them" + (residence == null ? "" : " and from the country of residence " + residence);
        return Finding.of(text, own, adults);
    }

    /** Quick check without allocation: some code of the minor's is in none of the escorts' codes nor the residence. */
    private static boolean anyDiffers(TravellerFacts t, List<TravellerFacts> adults) {
        String residence = Countries.iso3(t.traveller.countryOfResidence());
        boolean anyTheirs = residence != null;
        for (TravellerFacts a : adults) {
            if (anyTheirs) {
                break;
            }
            anyTheirs = a.traveller.nationality() != null || a.traveller.countryOfResidence() != null
                    || a.traveller.documents().stream().anyMatch(d -> d.issuingState() != null);
        }
        if (!anyTheirs) {
            return false;
        }
        if (differs(Countries.iso3(t.traveller.nationality()), residence, adults)) {
            return true;
        }
        for (TravelDocument d : t.traveller.documents()) {
            if (M7DocumentDates.isTravelDocument(d, VISAS) && differs(Countries.iso3(d.issuingState()), residence, adults)) {
                return true;
            }
        }
        return false;
    }

    private static boolean differs(String code, String residence, List<TravellerFacts> adults) {
        if (code == null || code.equals(residence)) {
            return false;
        }
        for (TravellerFacts a : adults) {
            if (code.equals(Countries.iso3(a.traveller.nationality()))
                    || code.equals(Countries.iso3(a.traveller.countryOfResidence()))) {
                return false;
            }
            for (TravelDocument d : a.traveller.documents()) {
                if (M7DocumentDates.isTravelDocument(d, VISAS) && code.equals(Countries.iso3(d.issuingState()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void add(Set<String> codes, String code) {
        String c = Countries.iso3(code);
        if (c != null) {
            codes.add(c);
        }
    }

    private static List<TravelDocument> travelDocuments(TravellerFacts t) {
        List<TravelDocument> out = new ArrayList<>(t.traveller.documents().size());
        for (TravelDocument d : t.traveller.documents()) {
            if (M7DocumentDates.isTravelDocument(d, VISAS)) {
                out.add(d);
            }
        }
        return out;
    }
}
