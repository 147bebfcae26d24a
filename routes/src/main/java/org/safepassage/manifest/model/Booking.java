package org.safepassage.manifest.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One PNR of a PNRGOV message (SRC ... up to the next SRC).
 *
 * @param position          1-based position of the PNR in the message
 * @param segmentPosition   position of its SRC segment in the interchange
 * @param recordLocator     record locator (RCI), the booking reference shared by its travellers
 * @param reservationSystem company that owns the locator (RCI), e.g. {@code 1A}, {@code UA}
 * @param otherLocators     further locators of the same booking (e.g. the operating carrier's in a codeshare)
 * @param bookingDate       date the PNR was created (RCI), or {@code null}
 * @param bookedAt          date and time the PNR was created, or {@code null} when the time is missing
 * @param ticketingDate     ticket issue date (DAT+710), or {@code null}
 * @param ticketedAt        ticket issue date and time, or {@code null} when the time is missing
 * @param lastChangedAt     last PNR transaction (DAT+700), or {@code null}
 * @param formsOfPayment    forms of payment (FOP), card numbers not kept
 * @param itinerary         TVL legs of the booking in message order (a journey without a return leg is one-way)
 * @param ssrs              every SSR of the booking (also attached to their travellers)
 * @param travellerRefs     traveller references (TIF) in the booking, infants included
 * @param ticketNumbers     ticket numbers (TKT), or empty
 * @param travellerCount    travellers (TIF) in the booking, infants included, group names excluded
 */
public record Booking(
        int position,
        int segmentPosition,
        String recordLocator,
        String reservationSystem,
        List<Reference> otherLocators,
        LocalDate bookingDate,
        LocalDateTime bookedAt,
        LocalDate ticketingDate,
        LocalDateTime ticketedAt,
        LocalDateTime lastChangedAt,
        List<FormOfPayment> formsOfPayment,
        List<FlightLeg> itinerary,
        List<SpecialServiceRequest> ssrs,
        List<String> travellerRefs,
        List<String> ticketNumbers,
        int travellerCount) {

    public Booking {
        otherLocators = otherLocators == null ? List.of() : List.copyOf(otherLocators);
        formsOfPayment = formsOfPayment == null ? List.of() : List.copyOf(formsOfPayment);
        itinerary = itinerary == null ? List.of() : List.copyOf(itinerary);
        ssrs = ssrs == null ? List.of() : List.copyOf(ssrs);
        travellerRefs = travellerRefs == null ? List.of() : List.copyOf(travellerRefs);
        ticketNumbers = ticketNumbers == null ? List.of() : List.copyOf(ticketNumbers);
    }

    /** This booking under another record locator (e.g. one cut to fit). */
    public Booking withRecordLocator(String locator) {
        return new Booking(position, segmentPosition, locator, reservationSystem, otherLocators, bookingDate, bookedAt,
                ticketingDate, ticketedAt, lastChangedAt, formsOfPayment, itinerary, ssrs, travellerRefs, ticketNumbers,
                travellerCount);
    }

    /** {@code true} when some form of payment is cash. */
    public boolean paidInCash() {
        return formsOfPayment.stream().anyMatch(FormOfPayment::isCash);
    }

    /**
     * {@code true} when the itinerary never comes back to where it started (no leg arrives at the
     * first leg's departure point). {@code false} for an empty itinerary.
     */
    public boolean isOneWay() {
        if (itinerary.isEmpty() || itinerary.get(0).departureAirport() == null) {
            return false;
        }
        String origin = itinerary.get(0).departureAirport();
        return itinerary.stream().noneMatch(l -> origin.equals(l.arrivalAirport()));
    }
}
