package org.safepassage.protection;

import java.util.ArrayList;
import java.util.List;

/**
 * M4 (weak): every adult travelling with the (possible) minor has a different surname, compared ignoring
 * accents, transliteration and spelling variants, and matching any part of a compound surname. Many
 * families have different surnames: alone this never warrants a referral.
 */
final class M4DifferentSurnames implements Rule {

    @Override
    public String code() {
        return "M4";
    }

    @Override
    public Finding evaluate(TravellerFacts t, FlightIndex flight, RuleDefinition rule) {
        List<TravellerFacts> adults = flight.adultEscorts(t);
        if (t.crew || adults.isEmpty() || t.surnameKeys().isEmpty()) {
            return null;
        }
        for (TravellerFacts a : adults) {
            if (a.surnameKeys().isEmpty() || Surnames.same(t.surnameKeys(), a.surnameKeys())) {
                return null;
            }
        }
        List<Evidence> evidence = new ArrayList<>(2 + adults.size());
        evidence.add(new Evidence("surname", t.traveller.surname(), t.fromApi() ? "PAXLST NAD" : "PNR TIF"));
        for (TravellerFacts a : adults) {
            evidence.add(new Evidence("adultSurname", a.id + ": " + a.traveller.surname(),
                    a.fromApi() ? "PAXLST NAD" : "PNR TIF"));
        }
        String text = "travels with " + (adults.size() == 1 ? "1 adult" : adults.size() + " adults") + " on "
                + Finding.bookingPhrase(t) + ", " + (adults.size() == 1 ? "whose surname differs" : "none with the same surname")
                + " (compared ignoring accents and spelling variants)";
        return Finding.of(text, evidence, adults);
    }
}
