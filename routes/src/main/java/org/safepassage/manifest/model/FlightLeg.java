package org.safepassage.manifest.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * One leg of a journey: from a PAXLST TDT/LOC/DTM group, or a PNRGOV TVL segment (message flight
 * or booking itinerary). Times are local times as sent by the carrier; a date without a time is
 * kept ({@code departureTime} {@code null}).
 *
 * @param sequence          1-based order of the leg in its list
 * @param mode              air or land
 * @param carrier           marketing carrier, e.g. {@code UA}
 * @param flightNumber      flight number as written, e.g. {@code 0989} (see {@link #key()} for the
 *                          normalised form); for land conveyances the conveyance reference if any
 * @param operatingCarrier  operating carrier when it differs (codeshare) or is stated separately, else {@code null}
 * @param departureAirport  departure location code
 * @param departureDate     scheduled departure date, or {@code null}
 * @param departureTime     scheduled departure time, or {@code null}
 * @param arrivalAirport    arrival location code
 * @param arrivalDate       scheduled arrival date, or {@code null}
 * @param arrivalTime       scheduled arrival time, or {@code null}
 * @param segmentPosition   position of the segment the leg starts at (TDT or TVL) in the interchange
 */
public record FlightLeg(
        int sequence,
        TransportMode mode,
        String carrier,
        String flightNumber,
        String operatingCarrier,
        String departureAirport,
        LocalDate departureDate,
        LocalTime departureTime,
        String arrivalAirport,
        LocalDate arrivalDate,
        LocalTime arrivalTime,
        int segmentPosition) {

    /** This leg with other carrier, number and places (e.g. cut to fit). */
    public FlightLeg withPlaces(String carrier, String flightNumber, String departureAirport, String arrivalAirport) {
        return new FlightLeg(sequence, mode, carrier, flightNumber, operatingCarrier, departureAirport, departureDate,
                departureTime, arrivalAirport, arrivalDate, arrivalTime, segmentPosition);
    }

    /** Scheduled departure, or {@code null} when the date or the time is missing. */
    public LocalDateTime scheduledDeparture() {
        return departureDate == null || departureTime == null ? null : departureDate.atTime(departureTime);
    }

    /** Scheduled arrival, or {@code null} when the date or the time is missing. */
    public LocalDateTime scheduledArrival() {
        return arrivalDate == null || arrivalTime == null ? null : arrivalDate.atTime(arrivalTime);
    }

    /** The normalised join key for this departure. */
    public FlightKey key() {
        return FlightKey.of(carrier, flightNumber, departureAirport, departureDate);
    }
}
