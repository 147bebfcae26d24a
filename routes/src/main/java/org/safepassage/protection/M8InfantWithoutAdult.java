package org.safepassage.protection;

import java.util.ArrayList;
import java.util.List;

/**
 * M8 (decisive): an infant (under 2 by date of birth, or booked as an infant when no date of birth is
 * given) with no adult on the booking on this flight, e.g. an infant whose linked adult is not on board.
 */
final class M8InfantWithoutAdult implements Rule {

    @Override
    public String code() {
        return "M8";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("infantUnder", 2, 1));
    }

    @Override
    public Finding evaluate(TravellerFacts t, FlightIndex flight, RuleDefinition rule) {
        int under = rule.integer("infantUnder");
        if (!t.age.isMinor(under) || !flight.adultEscorts(t).isEmpty() || t.crew) {
            return null;
        }
        List<TravellerFacts> others = flight.companions(t);
        List<Evidence> evidence = new ArrayList<>(Finding.age(t));
        evidence.add(Finding.bookingReference(t));
        String text = t.age.shortForm() + ", an infant under " + under + ", with no adult on "
                + Finding.bookingPhrase(t) + " on this flight";
        String adultRef = t.traveller.accompanyingTravellerRef();
        if (adultRef != null) {
            boolean onBoard = others.stream().anyMatch(o -> adultRef.equals(o.traveller.travellerRef()));
            text += onBoard ? "; the traveller the infant is booked with (PNR traveller " + adultRef + ") is not known to be an adult"
                    : "; the adult the infant is booked with (PNR traveller " + adultRef + ") is not on this flight";
            evidence.add(new Evidence("accompanyingTravellerRef", adultRef, "PNR TIF / SSR INFT"));
        }
        for (TravellerFacts o : others) {
            evidence.add(Finding.otherTraveller(o));
        }
        return Finding.of(text, evidence, others);
    }
}
