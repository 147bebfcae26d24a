package org.safepassage.ingest.paxlst;

import java.time.LocalDate;
import java.time.LocalTime;
import org.safepassage.manifest.model.TransportMode;

/**
 * A leg of the flight (TDT with its LOC and DTM, or a further LOC+92 stop) as {@link PaxlstMapper}
 * reads it; becomes a {@link org.safepassage.manifest.model.FlightLeg}.
 */
final class LegDraft {
    final int sequence;
    final int position;
    final TransportMode mode;
    final String carrier;
    final String number;
    String departure;
    LocalDate departureDate;
    LocalTime departureTime;
    String arrival;
    LocalDate arrivalDate;
    LocalTime arrivalTime;

    LegDraft(int sequence, int position, TransportMode mode, String carrier, String number) {
        this.sequence = sequence;
        this.position = position;
        this.mode = mode;
        this.carrier = carrier;
        this.number = number;
    }
}
