package org.safepassage.manifest.model;

/**
 * Role of a traveller on the conveyance, from the PAXLST NAD party qualifier (PNR travellers are
 * passengers). Infants are passengers; see {@link PassengerType}.
 */
public enum TravellerRole {
    /** {@code NAD+FL}, and every PNR traveller. */
    PASSENGER,
    /** {@code NAD+FM}; also the crew of a land-border eManifest ({@code NAD+VW}, see the raw code). */
    CREW,
    /** {@code NAD+DDT}: passenger in transit. */
    IN_TRANSIT_PASSENGER,
    /** {@code NAD+DDU}: crew member in transit. */
    IN_TRANSIT_CREW,
    /** A party qualifier we do not know (kept raw, with a warning). */
    OTHER;

    /** {@code true} for crew, in transit or not. */
    public boolean isCrew() {
        return this == CREW || this == IN_TRANSIT_CREW;
    }

    /** {@code true} for passengers, in transit or not. */
    public boolean isPassenger() {
        return this == PASSENGER || this == IN_TRANSIT_PASSENGER;
    }
}
