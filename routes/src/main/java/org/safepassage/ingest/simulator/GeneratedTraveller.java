package org.safepassage.ingest.simulator;

import java.time.LocalDate;

/**
 * One invented traveller of a {@link GeneratedFlight}, with the facts a parser and the rules should
 * find.
 *
 * @param position         1-based position in the PAXLST list (passengers and crew numbered separately)
 * @param bookingReference record locator (RFF+AVF / RCI); {@code null} for crew
 * @param travellerRef     PNR traveller reference (TIF); {@code null} for crew
 * @param surname          invented surname
 * @param givenName        invented given name
 * @param sex              {@code M} or {@code F}
 * @param dateOfBirth      date of birth
 * @param nationality      ISO 3166 alpha-3
 * @param documentNumber   invented passport number (issued by the state of {@code nationality})
 * @param documentExpiry   its date of expiry
 * @param crew             {@code true} for a crew member
 * @param minor            under 18 at departure
 * @param infant           under 2 at departure
 * @param loneMinor        a minor with no adult on the same booking
 * @param umnr             the PNR carries SSR UMNR for this traveller
 * @param accompanyingRef  for an infant, the traveller reference of its adult
 */
public record GeneratedTraveller(
        int position,
        String bookingReference,
        String travellerRef,
        String surname,
        String givenName,
        String sex,
        LocalDate dateOfBirth,
        String nationality,
        String documentNumber,
        LocalDate documentExpiry,
        boolean crew,
        boolean minor,
        boolean infant,
        boolean loneMinor,
        boolean umnr,
        String accompanyingRef) {

    /** No personal data, even invented. */
    @Override
    public String toString() {
        return "GeneratedTraveller[#" + position + (crew ? " crew" : " " + bookingReference)
                + (minor ? " minor" : "") + (loneMinor ? " alone" : "") + (umnr ? " UMNR" : "") + "]";
    }
}
