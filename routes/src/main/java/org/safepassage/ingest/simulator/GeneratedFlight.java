package org.safepassage.ingest.simulator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.safepassage.manifest.model.FlightKey;

/**
 * A generated departure: the interchanges an airline would send for it, and what they contain.
 *
 * @param key             the flight key (carrier, number, departure airport, date)
 * @param departure       scheduled departure (local)
 * @param arrivalAirport  arrival airport
 * @param paxlst          PAXLST D05B passenger list (BGM+745), one interchange
 * @param crewPaxlst      PAXLST D05B crew list (BGM+250), one interchange
 * @param pnrgov          PNRGOV 13.1 push for the flight, one interchange, one PNR per booking
 * @param passengers      passengers in list order
 * @param crew            crew in list order
 * @param bookings        number of bookings (PNRs)
 */
public record GeneratedFlight(
        FlightKey key,
        LocalDateTime departure,
        String arrivalAirport,
        String paxlst,
        String crewPaxlst,
        String pnrgov,
        List<GeneratedTraveller> passengers,
        List<GeneratedTraveller> crew,
        int bookings) {

    public GeneratedFlight {
        passengers = List.copyOf(passengers);
        crew = List.copyOf(crew);
    }

    public byte[] paxlstBytes() {
        return paxlst.getBytes(StandardCharsets.UTF_8);
    }

    public byte[] crewPaxlstBytes() {
        return crewPaxlst.getBytes(StandardCharsets.UTF_8);
    }

    public byte[] pnrgovBytes() {
        return pnrgov.getBytes(StandardCharsets.UTF_8);
    }

    /** Minors with no adult on their booking. */
    public List<GeneratedTraveller> loneMinors() {
        return passengers.stream().filter(GeneratedTraveller::loneMinor).toList();
    }

    /** Minors under 18 at departure. */
    public List<GeneratedTraveller> minors() {
        return passengers.stream().filter(GeneratedTraveller::minor).toList();
    }

    /** Infants (under 2). */
    public List<GeneratedTraveller> infants() {
        return passengers.stream().filter(GeneratedTraveller::infant).toList();
    }

    /** No personal data. */
    @Override
    public String toString() {
        return "GeneratedFlight[" + key + ", " + passengers.size() + " passengers, " + crew.size() + " crew, "
                + bookings + " bookings, " + loneMinors().size() + " lone minors]";
    }
}
