package org.safepassage.ingest.pnrgov;

import static org.safepassage.ingest.edifact.Values.integer;
import static org.safepassage.ingest.edifact.Warnings.code;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.safepassage.ingest.edifact.EdifactDates;
import org.safepassage.ingest.edifact.MessageContext;
import org.safepassage.ingest.edifact.MessageHeader;
import org.safepassage.ingest.edifact.MessageMapper;
import org.safepassage.ingest.edifact.MessageTrailer;
import org.safepassage.ingest.edifact.Segment;
import org.safepassage.ingest.edifact.Warnings;
import org.safepassage.manifest.model.Booking;
import org.safepassage.manifest.model.DeclaredCounts;
import org.safepassage.manifest.model.FlightDesignator;
import org.safepassage.manifest.model.FlightLeg;
import org.safepassage.manifest.model.FormOfPayment;
import org.safepassage.manifest.model.ListType;
import org.safepassage.manifest.model.PassengerMessage;
import org.safepassage.manifest.model.PassengerType;
import org.safepassage.manifest.model.Reference;
import org.safepassage.manifest.model.SourceKind;
import org.safepassage.manifest.model.TransportMode;
import org.safepassage.manifest.model.Traveller;

/**
 * Maps one PNRGOV message: the state machine over its segments. Header: MSG, ORG, TVL (the flight
 * reported), EQN (number of PNRs). Then per PNR, started by SRC: RCI locator, DAT, TIF travellers
 * with their FTI/IFT/REF/FAR/SSR/TKT/MON/TXD/DAT/FOP, the itinerary (TVL, RPI, APD, leg SSRs),
 * check-in data (TRI, TIF, SSD, TBD) and history (ABI, SAC, LTS and history TVLs, which are not
 * itinerary). Each SSR goes to {@link SsrReader}; at the end {@link InfantLinks} links each PNR's
 * infants, then the drafts ({@link PnrDraft}, {@link PaxDraft}) become bookings and travellers.
 *
 * <p>Infants: a TIF with passenger type {@code IN} is a traveller; an SSR INFT whose infant has no
 * TIF creates one; a DOCS with sex {@code MI}/{@code FI} filed on the adult belongs to the infant.
 * Each infant is linked to its adult ({@link Traveller#accompanyingTravellerRef()}).
 */
public final class PnrgovMapper implements MessageMapper {

    private enum State { HEADER, PNR, TRAVELLERS, ITINERARY, CHECK_IN, HISTORY }

    private final MessageContext ctx;
    private final Warnings warnings;
    private final SsrReader ssrs;
    private State state = State.HEADER;
    private String previousTag;
    private final List<FlightLeg> headerLegs = new ArrayList<>(1);
    private Integer declaredBookings;
    private final List<PnrDraft> pnrs = new ArrayList<>();
    private PnrDraft pnr;
    private FlightLeg currentLeg;
    private PaxDraft checkInTraveller;

    public PnrgovMapper(MessageContext ctx) {
        this.ctx = ctx;
        this.warnings = ctx.warnings();
        this.ssrs = new SsrReader(warnings, headerLegs);
    }

    @Override
    public void segment(Segment s) {
        String tag = s.tag();
        try {
            dispatch(s, tag);
        } finally {
            previousTag = tag;
        }
    }

    private void dispatch(Segment s, String tag) {
        if ("SRC".equals(tag)) {
            pnr = new PnrDraft(pnrs.size() + 1, s.position());
            pnrs.add(pnr);
            state = State.PNR;
            currentLeg = null;
            checkInTraveller = null;
            return;
        }
        if (state == State.HEADER) {
            switch (tag) {
                case "TVL" -> {
                    FlightLeg leg = tvl(s, headerLegs.size() + 1);
                    if (leg != null) {
                        headerLegs.add(leg);
                    }
                }
                case "EQN" -> declaredBookings = integer(s.value(0, 0));
                case "MSG", "ORG", "DAT" -> { }
                default -> unknown(s);
            }
            return;
        }
        if (state == State.HISTORY) {
            return;
        }
        switch (tag) {
            case "RCI" -> rci(s);
            case "DAT" -> dat(s);
            case "TIF" -> tif(s);
            case "SSR" -> ssrs.read(s, pnr, state == State.TRAVELLERS);
            case "FOP" -> fop(s);
            case "TKT" -> {
                String number = s.value(0, 0);
                if (number != null && state != State.CHECK_IN) {
                    pnr.tickets.add(number);
                }
            }
            case "TVL" -> itineraryTvl(s);
            case "TRI" -> state = State.CHECK_IN;
            case "SSD" -> ssd(s);
            case "ABI", "SAC", "LTS" -> state = State.HISTORY;
            case "ORG", "ADD", "FTI", "IFT", "REF", "FAR", "MON", "PTK", "TXD", "EBD", "RPI", "APD", "TBD", "MSG",
                 "EQN", "TRA", "ERC", "CPI", "PTS", "FTX", "TXI" -> { }
            default -> unknown(s);
        }
    }

    private void unknown(Segment s) {
        warnings.once("seg:" + s.tag(), s, "segment " + code(s.tag()) + " is not a PNRGOV segment; ignored");
    }

    // ---- PNR level -------------------------------------------------------------------------

    private void rci(Segment s) {
        if (pnr.locator != null) {
            return; // repeated in check-in data
        }
        pnr.system = s.value(0, 0);
        pnr.locator = s.value(0, 1);
        String date = s.value(0, 3);
        String time = s.value(0, 4);
        String c2 = s.value(0, 2);
        if (c2 != null && c2.length() == 6 && EdifactDates.ddmmyy(c2) != null
                && (date == null || date.length() == 4 && time == null)) {
            date = c2; // RCI+UA:7C789A:230818:1220 (reservation control type left out)
            time = s.value(0, 3);
        }
        if (date != null) {
            pnr.bookingDate = EdifactDates.ddmmyy(date);
            if (pnr.bookingDate == null) {
                warnings.add(s, "PNR " + pnr.position + " creation date is not a valid date");
            } else {
                LocalTime t = EdifactDates.hhmm(time);
                pnr.bookedAt = t == null ? null : pnr.bookingDate.atTime(t);
            }
        }
        for (int e = 1; e < 6; e++) {
            String company = s.value(e, 0);
            String locator = s.value(e, 1);
            if (locator != null) {
                pnr.otherLocators.add(new Reference(company, locator));
            }
        }
        if (pnr.locator == null) {
            warnings.add(s, "PNR " + pnr.position + " has no record locator");
        }
    }

    private void dat(Segment s) {
        if (state == State.ITINERARY || state == State.CHECK_IN) {
            return;
        }
        for (int e = 0; e < 6; e++) {
            String q = s.value(e, 0);
            if (q == null) {
                continue;
            }
            LocalDate d = EdifactDates.ddmmyy(s.value(e, 1));
            LocalTime t = EdifactDates.hhmm(s.value(e, 2));
            if (d == null) {
                if (s.value(e, 1) != null) {
                    warnings.add(s, "date " + code(q) + " is not a valid date; ignored");
                }
                continue;
            }
            switch (q) {
                case "700" -> pnr.lastChangedAt = d.atTime(t == null ? LocalTime.MIDNIGHT : t);
                case "710" -> {
                    if (pnr.ticketingDate == null || d.isBefore(pnr.ticketingDate)) {
                        pnr.ticketingDate = d;
                        pnr.ticketedAt = t == null ? null : d.atTime(t);
                    }
                }
                default -> { }
            }
        }
    }

    private void fop(Segment s) {
        if (state == State.CHECK_IN) {
            return;
        }
        for (int e = 0; e < 6; e++) {
            String code = s.value(e, 0);
            if (code == null) {
                continue;
            }
            pnr.fops.add(new FormOfPayment(code.toUpperCase(Locale.ROOT), s.value(e, 2), s.value(e, 3)));
        }
    }

    // ---- travellers ------------------------------------------------------------------------

    private void tif(Segment s) {
        String ref = s.value(1, 2);
        if (state == State.ITINERARY || state == State.CHECK_IN || state == State.HISTORY || "TRI".equals(previousTag)) {
            if (state != State.HISTORY) {
                state = State.CHECK_IN;
                checkInTraveller = pnr.byRef(ref);
            }
            return;
        }
        state = State.TRAVELLERS;
        String surname = s.value(0, 0);
        String qualifier = s.value(0, 1);
        if ("G".equalsIgnoreCase(qualifier)) {
            pnr.groupName = surname;
            pnr.current = null;
            return;
        }
        PaxDraft p = new PaxDraft(s.position());
        p.surname = surname;
        p.given = Titles.strip(s.value(1, 0));
        p.ptc = s.value(1, 1);
        p.ref = ref;
        p.withInfant = "1".equals(s.value(1, 3));
        p.type = PassengerType.fromCode(p.ptc);
        if (p.type == PassengerType.GROUP) {
            pnr.groupName = surname;
            pnr.current = null;
            return;
        }
        if (surname == null) {
            warnings.add(s, "traveller in PNR " + pnr.position + " has no surname");
        }
        pnr.travellers.add(p);
        pnr.current = p;
    }

    // ---- itinerary and check-in -----------------------------------------------------------

    private void itineraryTvl(Segment s) {
        FlightLeg leg = tvl(s, pnr.itinerary.size() + 1);
        if (leg == null || leg.departureAirport() == null && leg.arrivalAirport() == null) {
            state = State.CHECK_IN; // TVL+++++303:Y in check-in data
            return;
        }
        state = State.ITINERARY;
        pnr.itinerary.add(leg);
        currentLeg = leg;
        checkInTraveller = null;
    }

    private void ssd(Segment s) {
        String seat = s.value(0, 0);
        if (checkInTraveller != null && seat != null && !seat.startsWith("XXX") && currentLeg != null
                && isReportedFlight(headerLegs, currentLeg.departureAirport(), currentLeg.arrivalAirport())
                && checkInTraveller.seat == null) {
            checkInTraveller.seat = seat;
        }
    }

    /** {@code true} when {@code board} and {@code off} are the airports of the first flight in the message header. */
    static boolean isReportedFlight(List<FlightLeg> headerLegs, String board, String off) {
        if (headerLegs.isEmpty() || board == null || off == null) {
            return false;
        }
        FlightLeg h = headerLegs.get(0);
        return board.equalsIgnoreCase(h.departureAirport()) && off.equalsIgnoreCase(h.arrivalAirport());
    }

    /** TVL: dates {@code DDMMYY:HHMM:DDMMYY:HHMM} (arrival date may be left out), airports, carrier(s), number. */
    private FlightLeg tvl(Segment s, int sequence) {
        LocalDate depDate = EdifactDates.ddmmyy(s.value(0, 0));
        LocalTime depTime = EdifactDates.hhmm(s.value(0, 1));
        String c2 = s.value(0, 2);
        String c3 = s.value(0, 3);
        LocalDate arrDate = null;
        LocalTime arrTime = null;
        if (c2 != null && c2.length() == 6) {
            arrDate = EdifactDates.ddmmyy(c2);
            arrTime = EdifactDates.hhmm(c3);
        } else if (c2 != null && c2.length() == 4 && c3 == null) {
            arrTime = EdifactDates.hhmm(c2);
        } else {
            arrTime = EdifactDates.hhmm(c3);
        }
        if (s.value(0, 0) != null && depDate == null) {
            warnings.add(s, "TVL departure date is not a valid date");
        }
        String carrier = s.value(3, 0);
        String operating = s.value(3, 1);
        FlightDesignator fd = FlightDesignator.parse(s.value(4, 0), carrier);
        return new FlightLeg(sequence, TransportMode.AIR, fd.carrier(), fd.number(), operating, s.value(1, 0),
                depDate, depTime, s.value(2, 0), arrDate, arrTime, s.position());
    }

    // ---- result ----------------------------------------------------------------------------

    @Override
    public PassengerMessage finish(MessageTrailer trailer) {
        MessageHeader h = ctx.header();
        if (headerLegs.isEmpty()) {
            warnings.add(h.segmentPosition(), "UNH", "the message names no flight (no TVL before the first SRC)");
        }
        LocalDate reference = null;
        for (FlightLeg l : headerLegs) {
            if (l.departureDate() != null) {
                reference = l.departureDate();
                break;
            }
        }
        if (reference == null && !pnrs.isEmpty()) {
            reference = ctx.fallbackReferenceDate();
        }
        List<Traveller> travellers = new ArrayList<>();
        List<Booking> bookings = new ArrayList<>(pnrs.size());
        for (PnrDraft p : pnrs) {
            InfantLinks.resolve(p, warnings);
            List<String> refs = new ArrayList<>();
            for (PaxDraft pax : p.travellers) {
                travellers.add(pax.build(travellers.size() + 1, p.locator, reference, warnings));
                if (pax.ref != null) {
                    refs.add(pax.ref);
                }
            }
            bookings.add(new Booking(p.position, p.segmentPosition, p.locator, p.system, p.otherLocators, p.bookingDate,
                    p.bookedAt, p.ticketingDate, p.ticketedAt, p.lastChangedAt, p.fops, p.itinerary, p.ssrs, refs,
                    p.tickets, p.travellers.size()));
        }
        if (declaredBookings != null && declaredBookings != pnrs.size()) {
            warnings.add(0, "EQN", "EQN declares " + declaredBookings + " PNRs but the message holds " + pnrs.size());
        }
        return new PassengerMessage(SourceKind.PNRGOV, ctx.envelope(), h.segmentPosition(), h.reference(), h.type(),
                h.version(), h.commonAccessReference(), h.sequence(), ListType.PNR, null, null, false, null, null,
                new DeclaredCounts(null, null, declaredBookings, trailer.declaredSegments(), trailer.countedSegments()),
                headerLegs, travellers, bookings, warnings.snapshot(), trailer.digest());
    }
}
