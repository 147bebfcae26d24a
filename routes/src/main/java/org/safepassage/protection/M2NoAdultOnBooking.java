package org.safepassage.protection;

import java.util.ArrayList;
import java.util.List;

/**
 * M2: no adult travels with the (possible) minor on this flight: nobody on the same booking is an adult
 * under the majority age of their nationality and residence (an infant's linked adult counts; a traveller
 * without a booking reference counts adults with the same surname). An escort of unknown age is not an adult.
 */
final class M2NoAdultOnBooking implements Rule {

    @Override
    public String code() {
        return "M2";
    }

    @Override
    public Finding evaluate(TravellerFacts t, FlightIndex flight, RuleDefinition rule) {
        if (!flight.adultEscorts(t).isEmpty()) {
            return null;
        }
        List<TravellerFacts> others = flight.companions(t);
        List<Evidence> evidence = new ArrayList<>(2 + others.size());
        evidence.add(Finding.bookingReference(t));
        String text;
        if (t.crew) {
            text = "listed as crew; no adult among the other crew on this flight";
        } else if (t.groupKey != null) {
            text = Finding.bookingPhrase(t) + (others.isEmpty() ? " has no other traveller on this flight"
                    : " has " + others.size() + " other traveller" + (others.size() == 1 ? "" : "s")
                    + " on this flight, none of them known to be an adult");
            if (t.booking != null && t.booking.travellerCount() > others.size() + 1) {
                text += " (the PNR lists " + t.booking.travellerCount() + " travellers)";
                evidence.add(new Evidence("travellersInPnr", String.valueOf(t.booking.travellerCount()), "PNR TIF"));
            }
        } else {
            text = "no booking reference, and no adult with the same surname on this flight";
        }
        evidence.add(new Evidence("otherTravellersOnBooking", String.valueOf(others.size()), "flight manifest"));
        for (TravellerFacts o : others) {
            evidence.add(Finding.otherTraveller(o));
        }
        return Finding.of(text, evidence, others);
    }
}
