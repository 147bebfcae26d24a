package org.safepassage.manifest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.safepassage.manifest.model.FlightLeg;
import org.safepassage.manifest.model.PassengerMessage;
import org.safepassage.manifest.model.TransportMode;
import org.safepassage.manifest.model.Traveller;

/**
 * Which flights a message is about, and which of them each traveller flies: the manifest's rules for legs, apart
 * from how they are stored. Plain Java.
 */
public final class Legs {

    private Legs() {
    }

    /**
     * Whether a traveller of a multi-leg list is on leg {@code index}: from the leg departing at their embarkation
     * point to the leg arriving at their debarkation point (the first or last leg when those are not given or not
     * on the route).
     */
    static boolean travelsOn(Traveller t, List<FlightLeg> legs, int index) {
        int from = 0;
        int to = legs.size() - 1;
        if (t.embarkation() != null) {
            for (int i = 0; i < legs.size(); i++) {
                if (t.embarkation().equalsIgnoreCase(legs.get(i).departureAirport())) {
                    from = i;
                    break;
                }
            }
        }
        if (t.debarkation() != null) {
            for (int i = legs.size() - 1; i >= from; i--) {
                if (t.debarkation().equalsIgnoreCase(legs.get(i).arrivalAirport())) {
                    to = i;
                    break;
                }
            }
        }
        return index >= from && index <= to;
    }

    /**
     * Legs that identify a flight: carrier, number and departure airport known. A land or sea crossing (a crew
     * manifest of a truck at a land border, TDT+11) often names only the carrier, the arrival date and the
     * manifest's own number (BGM document identifier): it is kept as a journey keyed by those, with the IATA code
     * for an unknown location ({@value #UNKNOWN_PLACE}) where no place is given, so that its travellers are not
     * lost. An air leg without a flight number or departure airport identifies nothing and is not used.
     */
    public static List<FlightLeg> usable(PassengerMessage message) {
        List<FlightLeg> usable = new ArrayList<>();
        for (FlightLeg l : message.legs()) {
            if (l.carrier() != null && l.flightNumber() != null && l.departureAirport() != null) {
                usable.add(l);
            } else if (l.mode() != TransportMode.AIR && l.carrier() != null) {
                String number = l.flightNumber() != null ? l.flightNumber() : message.documentIdentifier();
                LocalDate date = l.departureDate() != null ? l.departureDate() : l.arrivalDate();
                if (number != null && !number.isBlank() && date != null) {
                    usable.add(new FlightLeg(l.sequence(), l.mode(), l.carrier(), cut(number.strip(), MAX_JOURNEY_NUMBER),
                            l.operatingCarrier(), l.departureAirport() != null ? l.departureAirport() : UNKNOWN_PLACE,
                            date, l.departureTime(), l.arrivalAirport(), l.arrivalDate(), l.arrivalTime(),
                            l.segmentPosition()));
                }
            }
        }
        return usable;
    }

    /** IATA's location code for "no specific place". */
    static final String UNKNOWN_PLACE = "ZZZ";
    private static final int MAX_JOURNEY_NUMBER = 20;

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
