package org.safepassage.protection;

import java.util.ArrayList;
import java.util.List;
import org.safepassage.manifest.model.Booking;
import org.safepassage.manifest.model.FlightLeg;

/**
 * M6: the (possible) minor's booking, or that of an adult travelling with them on another booking, is
 * one-way (no leg of the PNR itinerary returns to where it started). Needs a PNR.
 */
final class M6OneWay implements Rule {

    @Override
    public String code() {
        return "M6";
    }

    @Override
    public Finding evaluate(TravellerFacts t, FlightIndex flight, RuleDefinition rule) {
        if (t.booking != null && t.booking.isOneWay()) {
            String route = route(t.booking);
            return Finding.of(Finding.bookingPhrase(t) + " is one-way (" + route + ", no return leg)",
                    List.of(Finding.bookingReference(t), new Evidence("itinerary", route, "PNR TVL")));
        }
        for (TravellerFacts a : flight.adultEscorts(t)) {
            if (a.booking != null && a.booking != t.booking && a.booking.isOneWay()) {
                List<Evidence> evidence = new ArrayList<>();
                evidence.add(new Evidence("escortBookingReference", a.id + ": " + a.bookingReference(),
                        a.bookingReferenceOrigin()));
                evidence.add(new Evidence("itinerary", route(a.booking), "PNR TVL"));
                return Finding.of("the booking " + a.bookingReference() + " of adult " + a.id
                        + " travelling with them is one-way (" + route(a.booking) + ", no return leg)", evidence, List.of(a));
            }
        }
        return null;
    }

    /** "FRA-IST-KBL": the airports of the itinerary in order. */
    static String route(Booking b) {
        StringBuilder s = new StringBuilder();
        String last = null;
        for (FlightLeg leg : b.itinerary()) {
            if (leg.departureAirport() != null && !leg.departureAirport().equals(last)) {
                if (s.length() > 0) {
                    s.append(last == null ? "-" : " / ");
                }
                s.append(leg.departureAirport());
            }
            if (leg.arrivalAirport() != null) {
                s.append('-').append(leg.arrivalAirport());
            }
            last = leg.arrivalAirport();
        }
        return s.toString();
    }
}
