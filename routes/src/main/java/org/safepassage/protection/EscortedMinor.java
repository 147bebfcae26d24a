package org.safepassage.protection;

/**
 * A minor escorted on another flight by an adult of this flight.
 *
 * @param flightId    the other flight's id
 * @param travellerId the minor's traveller id on that flight
 * @param surname     the minor's surname (compared, normalised, with the minors of this flight)
 */
public record EscortedMinor(String flightId, String travellerId, String surname) {

    /** Ids only. */
    @Override
    public String toString() {
        return "EscortedMinor[" + flightId + "/" + travellerId + "]";
    }
}
