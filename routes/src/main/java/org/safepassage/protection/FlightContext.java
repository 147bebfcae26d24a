package org.safepassage.protection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.safepassage.manifest.model.Booking;
import org.safepassage.manifest.model.FlightKey;
import org.safepassage.manifest.model.FlightLeg;

/**
 * The whole flight as the service knows it: API and PNR data merged, one entry per traveller with a
 * stable id, the bookings (PNRs) of the flight, and cross-flight look-ups.
 *
 * @param flightId         the service's id of the flight
 * @param flightKey        carrier, number, departure airport and date, or {@code null}
 * @param departureDate    the date ages are computed at; when {@code null}, the flight key's date or the
 *                         first leg's date is used (see {@link #effectiveDepartureDate()})
 * @param scheduledArrival scheduled arrival, or {@code null}
 * @param legs             the flight's legs (origin, transit and destination airports)
 * @param travellers       every traveller, passengers and crew
 * @param bookings         PNRs of this flight, may be empty (API-only flight)
 * @param otherFlights     cross-flight look-ups for M5; {@link OtherFlights#NONE} when unknown
 */
public record FlightContext(
        String flightId,
        FlightKey flightKey,
        LocalDate departureDate,
        LocalDateTime scheduledArrival,
        List<FlightLeg> legs,
        List<TravellerInContext> travellers,
        List<Booking> bookings,
        OtherFlights otherFlights) {

    public FlightContext {
        legs = legs == null ? List.of() : List.copyOf(legs);
        travellers = travellers == null ? List.of() : List.copyOf(travellers);
        bookings = bookings == null ? List.of() : List.copyOf(bookings);
        otherFlights = otherFlights == null ? OtherFlights.NONE : otherFlights;
    }

    /**
     * The date ages are computed at: {@link #departureDate()}, else the flight key's date, else the
     * first leg's departure date; {@code null} when none is known (every age is then unknown).
     */
    public LocalDate effectiveDepartureDate() {
        if (departureDate != null) {
            return departureDate;
        }
        if (flightKey != null && flightKey.departureDate() != null) {
            return flightKey.departureDate();
        }
        for (FlightLeg leg : legs) {
            if (leg.departureDate() != null) {
                return leg.departureDate();
            }
        }
        return null;
    }

    /** Ids and counts only. */
    @Override
    public String toString() {
        return "FlightContext[" + flightId + " " + flightKey + ", " + travellers.size() + " travellers, "
                + bookings.size() + " bookings]";
    }
}
