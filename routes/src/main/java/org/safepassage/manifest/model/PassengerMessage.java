package org.safepassage.manifest.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One message (UNH ... UNT) of an interchange, mapped into SafePassage's model: a PAXLST passenger
 * or crew list, or a PNRGOV batch of bookings.
 *
 * <h2>Identity and updates</h2>
 * {@code envelope().sender()} + {@code envelope().controlReference()} identify the interchange,
 * {@link #messageReference()} the message within it, {@link #transactionReference()} (RFF+TN) the
 * sender's transaction, and {@link #flightKeys()} the departure(s) it is about.
 * {@link #messageDigest()} is the same for the same message resent in another interchange.
 * {@link #change()} is {@code true} when the BGM document identifier is one of the configured
 * change codes (by default {@code CP}, {@code CC}): the list replaces the earlier one for that flight.
 * A list split over several messages carries a {@link #sequence()} and shares the
 * {@link #commonAccessReference()}.
 *
 * @param kind                   PAXLST or PNRGOV
 * @param envelope               the interchange envelope (shared by every message of the interchange)
 * @param segmentPosition        position of the UNH segment in the interchange
 * @param messageReference       UNH message reference number
 * @param messageType            UNH message type, {@code PAXLST} or {@code PNRGOV}
 * @param messageVersion         version and release, e.g. {@code D05B}, {@code 13.1}
 * @param commonAccessReference  UNH common access reference, or {@code null}
 * @param sequence               UNH sequence of transfers ({@code 01:C}), or {@code null} when absent
 * @param listType               passenger list, crew list, ..., or {@link ListType#PNR}
 * @param documentNameCode       BGM document name code as written (e.g. {@code 745}), or {@code null}
 * @param documentIdentifier     BGM document identifier as written (e.g. {@code CP}, {@code CLOB}), or {@code null}
 * @param change                 {@code true} when the document identifier is a configured change/replace code
 * @param transactionReference   RFF+TN, or {@code null}
 * @param reportingParty         NAD+MS contact, or {@code null}
 * @param counts                 declared and counted control counts
 * @param legs                   the flight legs the list is for (PNRGOV: the flight in the message header)
 * @param travellers             every traveller, in message order (PNRGOV: of every booking)
 * @param bookings               PNRs (PNRGOV only)
 * @param warnings               what was tolerated (interchange-level warnings included)
 * @param messageDigest          SHA-256 (lower-case hex) of the message text UNH..UNT as decoded, UTF-8 encoded
 */
public record PassengerMessage(
        SourceKind kind,
        Envelope envelope,
        int segmentPosition,
        String messageReference,
        String messageType,
        String messageVersion,
        String commonAccessReference,
        MessageSequence sequence,
        ListType listType,
        String documentNameCode,
        String documentIdentifier,
        boolean change,
        String transactionReference,
        Contact reportingParty,
        DeclaredCounts counts,
        List<FlightLeg> legs,
        List<Traveller> travellers,
        List<Booking> bookings,
        List<ParseWarning> warnings,
        String messageDigest) {

    public PassengerMessage {
        legs = legs == null ? List.of() : List.copyOf(legs);
        travellers = travellers == null ? List.of() : List.copyOf(travellers);
        bookings = bookings == null ? List.of() : List.copyOf(bookings);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** This message with other legs, travellers, bookings and warnings (e.g. after a check corrected them). */
    public PassengerMessage with(List<FlightLeg> legs, List<Traveller> travellers, List<Booking> bookings,
                                 List<ParseWarning> warnings) {
        return new PassengerMessage(kind, envelope, segmentPosition, messageReference, messageType, messageVersion,
                commonAccessReference, sequence, listType, documentNameCode, documentIdentifier, change,
                transactionReference, reportingParty, counts, legs, travellers, bookings, warnings, messageDigest);
    }

    /** Join keys of every leg, in order. */
    public List<FlightKey> flightKeys() {
        return legs.stream().map(FlightLeg::key).toList();
    }

    /**
     * The departure date of the first leg (or its arrival date when no departure date was sent):
     * the date ages are computed at and two-digit years are resolved against. {@code null} if none.
     */
    public LocalDate departureDate() {
        for (FlightLeg leg : legs) {
            if (leg.departureDate() != null) {
                return leg.departureDate();
            }
        }
        for (FlightLeg leg : legs) {
            if (leg.arrivalDate() != null) {
                return leg.arrivalDate();
            }
        }
        return null;
    }

    /** Travellers with that booking reference (RFF+AVF or PNR locator), in order. */
    public List<Traveller> travellersOnBooking(String bookingReference) {
        return travellers.stream().filter(t -> bookingReference.equals(t.bookingReference())).toList();
    }

    /** Identifiers only. */
    @Override
    public String toString() {
        return "PassengerMessage[" + kind + " " + messageVersion + " ref " + messageReference + " " + listType
                + (change ? " change" : "") + ", " + travellers.size() + " travellers, " + bookings.size()
                + " bookings, " + warnings.size() + " warnings]";
    }
}
