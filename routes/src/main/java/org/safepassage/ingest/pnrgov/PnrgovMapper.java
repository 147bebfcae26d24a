package org.safepassage.ingest.pnrgov;

import static org.safepassage.ingest.edifact.Values.integer;
import static org.safepassage.ingest.edifact.Values.upper;
import static org.safepassage.ingest.edifact.Warnings.code;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.safepassage.ingest.edifact.EdifactDates;
import org.safepassage.ingest.edifact.MessageContext;
import org.safepassage.ingest.edifact.MessageHeader;
import org.safepassage.ingest.edifact.MessageMapper;
import org.safepassage.ingest.edifact.MessageTrailer;
import org.safepassage.ingest.edifact.Segment;
import org.safepassage.ingest.edifact.Warnings;
import org.safepassage.manifest.model.Booking;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.DeclaredCounts;
import org.safepassage.manifest.model.DocumentSource;
import org.safepassage.manifest.model.FlightDesignator;
import org.safepassage.manifest.model.FlightLeg;
import org.safepassage.manifest.model.FormOfPayment;
import org.safepassage.manifest.model.ListType;
import org.safepassage.manifest.model.PassengerMessage;
import org.safepassage.manifest.model.PassengerType;
import org.safepassage.manifest.model.Reference;
import org.safepassage.manifest.model.Sex;
import org.safepassage.manifest.model.SourceKind;
import org.safepassage.manifest.model.SpecialServiceRequest;
import org.safepassage.manifest.model.TransportMode;
import org.safepassage.manifest.model.TravelDocument;
import org.safepassage.manifest.model.Traveller;
import org.safepassage.manifest.model.TravellerRole;

/**
 * Maps one PNRGOV message. Header: MSG, ORG, TVL (the flight reported), EQN (number of PNRs). Then
 * per PNR, started by SRC: RCI locator, DAT, TIF travellers with their FTI/IFT/REF/FAR/SSR/TKT/
 * MON/TXD/DAT/FOP, the itinerary (TVL, RPI, APD, leg SSRs), check-in data (TRI, TIF, SSD, TBD) and
 * history (ABI, SAC, LTS and history TVLs, which are not itinerary).
 *
 * <p>Infants: a TIF with passenger type {@code IN} is a traveller; an SSR INFT whose infant has no
 * TIF creates one; a DOCS with sex {@code MI}/{@code FI} filed on the adult belongs to the infant.
 * Each infant is linked to its adult ({@link Traveller#accompanyingTravellerRef()}).
 */
public final class PnrgovMapper implements MessageMapper {

    private enum State { HEADER, PNR, TRAVELLERS, ITINERARY, CHECK_IN, HISTORY }

    private static final String[] TITLES = {"MSTR", "MISS", "MRS", "CHD", "INF", "MR", "MS", "DR"};

    private final MessageContext ctx;
    private final Warnings warnings;
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
            case "SSR" -> ssr(s);
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
        p.given = stripTitle(s.value(1, 0));
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

    static String stripTitle(String given) {
        if (given == null) {
            return null;
        }
        String g = given.trim();
        for (String title : TITLES) {
            if (g.endsWith(" " + title)) {
                return g.substring(0, g.length() - title.length() - 1).trim();
            }
        }
        for (String title : TITLES) {
            if (g.endsWith(title) && g.length() - title.length() >= 2) {
                return g.substring(0, g.length() - title.length());
            }
        }
        return g;
    }

    private void ssr(Segment s) {
        String code = upper(s.value(0, 0));
        if (code == null) {
            warnings.add(s, "SSR without code ignored");
            return;
        }
        String status = s.value(0, 1);
        String carrier = s.value(0, 3);
        String board = s.value(0, 6);
        String off = s.value(0, 7);
        String text = freeText(s);
        if ("SEAT".equals(code) || "RQST".equals(code) || "NSST".equals(code)) {
            boolean thisFlight = matchesHeader(board, off);
            for (int e = 1; e < 64; e++) {
                String seat = s.value(e, 0);
                String ref = s.value(e, 2);
                if (seat == null && ref == null) {
                    if (e > 1 && s.componentCount(e) == 0) {
                        break;
                    }
                    continue;
                }
                PaxDraft p = pnr.byRef(ref);
                if (p != null && thisFlight && seat != null && !seat.startsWith("XXX")) {
                    p.seat = seat;
                }
            }
            pnr.ssrs.add(new SpecialServiceRequest(code, status, carrier, board, off, text, null, s.position()));
            return;
        }
        String ref = null;
        for (int e = 1; e < 10 && ref == null; e++) {
            ref = s.value(e, 2);
        }
        PaxDraft target = ref == null ? null : pnr.byRef(ref);
        if (target == null && state == State.TRAVELLERS) {
            target = pnr.current;
        }
        SpecialServiceRequest ssr = new SpecialServiceRequest(code, status, carrier, board, off, text,
                target != null && target.ref != null ? target.ref : ref, s.position());
        pnr.ssrs.add(ssr);
        if (target != null) {
            target.ssrs.add(ssr);
        }
        switch (code) {
            case "DOCS" -> docs(s, text, target);
            case "DOCO" -> doco(s, text, target);
            case "INFT" -> {
                if (target == null) {
                    warnings.add(s, "SSR INFT in PNR " + pnr.position + " names no adult traveller");
                }
                pnr.infantSsrs.add(new InftDraft(target, text, s.position()));
            }
            case "UMNR" -> {
                if (target == null) {
                    warnings.add(s, "SSR UMNR in PNR " + pnr.position + " names no traveller");
                } else {
                    target.umnr = true;
                }
            }
            default -> { }
        }
    }

    /** The free text of an SSR: component 8 onwards (a ':' in the text splits it into components). */
    private static String freeText(Segment s) {
        String first = s.value(0, 8);
        if (first == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(first);
        for (int c = 9; c < 20; c++) {
            String more = s.value(0, c);
            if (more == null) {
                if (s.componentCount(0) <= c) {
                    break;
                }
                sb.append(':');
                continue;
            }
            sb.append(':').append(more);
        }
        return sb.toString();
    }

    private void docs(Segment s, String text, PaxDraft target) {
        if (text == null) {
            warnings.add(s, "SSR DOCS without text ignored");
            return;
        }
        if (target == null) {
            warnings.add(s, "SSR DOCS in PNR " + pnr.position + " names no traveller");
            return;
        }
        String[] f = fields(text);
        DocsDraft d = new DocsDraft(s.position());
        d.type = at(f, 0);
        d.issuer = at(f, 1);
        d.number = at(f, 2);
        d.nationality = at(f, 3);
        d.dobRaw = at(f, 4);
        d.sexCode = upper(at(f, 5));
        d.expiryRaw = at(f, 6);
        d.surname = at(f, 7);
        String given = at(f, 8);
        String middle = at(f, 9);
        d.given = given == null ? middle : middle == null ? given : given + " " + middle;
        for (DocsDraft existing : target.docs) {
            if (existing.sameAs(d)) {
                return; // the same DOCS repeated per leg
            }
        }
        target.docs.add(d);
    }

    private void doco(Segment s, String text, PaxDraft target) {
        if (text == null || target == null) {
            warnings.add(s, "SSR DOCO without text or traveller ignored");
            return;
        }
        String[] f = fields(text);
        DocsDraft d = new DocsDraft(s.position());
        d.visa = true;
        d.birthPlace = at(f, 0);
        d.type = at(f, 1);
        d.number = at(f, 2);
        d.placeOfIssue = at(f, 3);
        d.issueRaw = at(f, 4);
        d.issuer = at(f, 5);
        for (DocsDraft existing : target.docs) {
            if (existing.sameAs(d)) {
                return;
            }
        }
        target.docs.add(d);
    }

    /** Slash-separated SSR fields, without the leading slash. */
    private static String[] fields(String text) {
        String t = text.startsWith("/") ? text.substring(1) : text;
        String[] f = t.split("/", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].trim();
        }
        return f;
    }

    private static String at(String[] f, int i) {
        return i < f.length && !f[i].isEmpty() ? f[i] : null;
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
                && matchesHeader(currentLeg.departureAirport(), currentLeg.arrivalAirport())
                && checkInTraveller.seat == null) {
            checkInTraveller.seat = seat;
        }
    }

    private boolean matchesHeader(String board, String off) {
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
            p.resolveInfants(warnings);
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


    // ---- drafts ----------------------------------------------------------------------------

    private static final class PnrDraft {
        final int position;
        final int segmentPosition;
        String system;
        String locator;
        String groupName;
        LocalDate bookingDate;
        LocalDateTime bookedAt;
        LocalDate ticketingDate;
        LocalDateTime ticketedAt;
        LocalDateTime lastChangedAt;
        final List<Reference> otherLocators = new ArrayList<>(1);
        final List<FormOfPayment> fops = new ArrayList<>(1);
        final List<FlightLeg> itinerary = new ArrayList<>(2);
        final List<SpecialServiceRequest> ssrs = new ArrayList<>();
        final List<String> tickets = new ArrayList<>(1);
        final List<PaxDraft> travellers = new ArrayList<>(2);
        final List<InftDraft> infantSsrs = new ArrayList<>(0);
        PaxDraft current;

        PnrDraft(int position, int segmentPosition) {
            this.position = position;
            this.segmentPosition = segmentPosition;
        }

        PaxDraft byRef(String ref) {
            if (ref == null) {
                return null;
            }
            for (PaxDraft p : travellers) {
                if (ref.equals(p.ref)) {
                    return p;
                }
            }
            return null;
        }

        void resolveInfants(Warnings warnings) {
            // infants carried only on the adult's DOCS (sex MI/FI)
            for (PaxDraft adult : List.copyOf(travellers)) {
                if (adult.isInfant()) {
                    continue;
                }
                for (DocsDraft d : List.copyOf(adult.docs)) {
                    if (!d.infant()) {
                        continue;
                    }
                    adult.docs.remove(d);
                    PaxDraft infant = infantOf(adult, d.surname, d.given);
                    if (infant == null) {
                        infant = newInfant(adult, d.surname, d.given, d.position);
                    }
                    infant.docs.add(d);
                }
            }
            // SSR INFT: link a TIF infant by name, or create the infant
            Map<String, InftDraft> distinct = new LinkedHashMap<>();
            for (InftDraft i : infantSsrs) {
                distinct.putIfAbsent((i.adult == null ? "" : i.adult.ref) + "|" + i.surname() + "|" + i.given(), i);
            }
            for (InftDraft i : distinct.values()) {
                if (i.adult == null) {
                    continue;
                }
                PaxDraft infant = findInfantByName(i.surname(), i.given());
                if (infant == null) {
                    infant = infantOf(i.adult, i.surname(), i.given());
                }
                if (infant == null) {
                    infant = newInfant(i.adult, i.surname(), i.given(), i.position);
                    infant.ptc = "INFT";
                }
                if (infant.accompanying == null) {
                    infant.accompanying = i.adult.ref;
                }
                if (infant.inftDobRaw == null) {
                    infant.inftDobRaw = i.dob();
                }
            }
            // remaining TIF infants: by reference (43578I -> 43578), the only adult flagged with an infant, the only adult
            List<PaxDraft> adults = travellers.stream().filter(p -> !p.isInfant()).toList();
            List<PaxDraft> flagged = adults.stream().filter(p -> p.withInfant).toList();
            for (PaxDraft infant : travellers) {
                if (!infant.isInfant() || infant.accompanying != null) {
                    continue;
                }
                PaxDraft adult = null;
                if (infant.ref != null && infant.ref.length() > 1 && infant.ref.toUpperCase(Locale.ROOT).endsWith("I")) {
                    adult = byRef(infant.ref.substring(0, infant.ref.length() - 1));
                }
                if (adult == null && flagged.size() == 1) {
                    adult = flagged.get(0);
                }
                if (adult == null && adults.size() == 1) {
                    adult = adults.get(0);
                }
                if (adult != null && adult.ref != null) {
                    infant.accompanying = adult.ref;
                } else {
                    warnings.add(infant.segmentPosition, "TIF", "infant in PNR " + position
                            + " could not be linked to an adult traveller");
                }
            }
        }

        private PaxDraft findInfantByName(String surname, String given) {
            for (PaxDraft p : travellers) {
                if (p.isInfant() && sameName(p, surname, given)) {
                    return p;
                }
            }
            return null;
        }

        private PaxDraft infantOf(PaxDraft adult, String surname, String given) {
            PaxDraft only = null;
            int n = 0;
            for (PaxDraft p : travellers) {
                if (p.isInfant() && adult.ref != null && adult.ref.equals(p.accompanying)) {
                    if (sameName(p, surname, given)) {
                        return p;
                    }
                    only = p;
                    n++;
                }
            }
            return n == 1 && (given == null || only.given == null) ? only : null;
        }

        private static boolean sameName(PaxDraft p, String surname, String given) {
            if (surname == null || p.surname == null || !surname.equalsIgnoreCase(p.surname)) {
                return false;
            }
            if (given == null || p.given == null) {
                return true;
            }
            String a = given.replace(" ", "").toUpperCase(Locale.ROOT);
            String b = p.given.replace(" ", "").toUpperCase(Locale.ROOT);
            return a.startsWith(b) || b.startsWith(a);
        }

        private PaxDraft newInfant(PaxDraft adult, String surname, String given, int segmentPosition) {
            PaxDraft infant = new PaxDraft(segmentPosition);
            infant.surname = surname;
            infant.given = given;
            infant.type = PassengerType.INFANT;
            infant.accompanying = adult.ref;
            travellers.add(travellers.indexOf(adult) + 1 + (int) travellers.stream()
                    .filter(p -> p.isInfant() && Objects.equals(adult.ref, p.accompanying)).count(), infant);
            return infant;
        }
    }

    /** SSR INFT text: {@code SURNAME/GIVEN DDMMMYY}. */
    private record InftDraft(PaxDraft adult, String text, int position) {
        String surname() {
            if (text == null) {
                return null;
            }
            int slash = text.indexOf('/');
            String s = slash < 0 ? text.trim().split("\\s+")[0] : text.substring(0, slash).trim();
            return s.isEmpty() ? null : s;
        }

        String given() {
            if (text == null || text.indexOf('/') < 0) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            for (String token : text.substring(text.indexOf('/') + 1).trim().split("\\s+")) {
                if (token.isEmpty() || isDate(token) || isTitle(token)) {
                    continue;
                }
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(token);
            }
            return sb.length() == 0 ? null : sb.toString();
        }

        String dob() {
            if (text == null) {
                return null;
            }
            for (String token : text.trim().split("[\\s/]+")) {
                if (isDate(token)) {
                    return token;
                }
            }
            return null;
        }

        private static boolean isDate(String t) {
            return t.matches("\\d{2}[A-Za-z]{3}\\d{2}(\\d{2})?");
        }

        private static boolean isTitle(String t) {
            for (String title : TITLES) {
                if (title.equalsIgnoreCase(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class DocsDraft {
        final int position;
        boolean visa;
        String type;
        String issuer;
        String number;
        String nationality;
        String dobRaw;
        String sexCode;
        String expiryRaw;
        String issueRaw;
        String placeOfIssue;
        String birthPlace;
        String surname;
        String given;

        DocsDraft(int position) {
            this.position = position;
        }

        boolean infant() {
            return "MI".equals(sexCode) || "FI".equals(sexCode);
        }

        boolean sameAs(DocsDraft o) {
            return visa == o.visa && Objects.equals(type, o.type) && Objects.equals(number, o.number)
                    && Objects.equals(issuer, o.issuer) && Objects.equals(dobRaw, o.dobRaw)
                    && Objects.equals(norm(surname), norm(o.surname)) && Objects.equals(norm(given), norm(o.given));
        }

        private static String norm(String s) {
            return s == null ? null : s.replace(" ", "").toUpperCase(Locale.ROOT);
        }

        TravelDocument build(LocalDate reference, Warnings warnings, int travellerPosition) {
            if (visa) {
                LocalDate issued = EdifactDates.issuedDdMmmYy(issueRaw, reference);
                if (issueRaw != null && issued == null) {
                    warnings.add(position, "SSR", "DOCO issue date of traveller " + travellerPosition + " is not a valid date");
                }
                return new TravelDocument(DocumentSource.SSR_DOCO, type, number, issuer, null, null, issued, issueRaw,
                        placeOfIssue, null, DateOfBirth.missing(), null, false, null, null, position);
            }
            DateOfBirth dob = dobRaw == null ? DateOfBirth.missing() : DateOfBirth.fromDdMmmYy(dobRaw, reference);
            if (dob.status() == DateOfBirth.Status.INVALID) {
                warnings.add(position, "SSR", "DOCS date of birth of traveller " + travellerPosition
                        + " is not a valid date; kept as written");
            }
            LocalDate expiry = expiryRaw == null ? null : EdifactDates.expiryDdMmmYy(expiryRaw, reference);
            if (expiryRaw != null && expiry == null) {
                warnings.add(position, "SSR", "DOCS expiry of traveller " + travellerPosition + " is not a valid date");
            }
            return new TravelDocument(DocumentSource.SSR_DOCS, type, number, issuer, expiry, expiryRaw, null, null,
                    null, nationality, dob, Sex.fromCode(sexCode), infant(), surname, given, position);
        }
    }

    private static final class PaxDraft {
        final int segmentPosition;
        String surname;
        String given;
        String ptc;
        String ref;
        boolean withInfant;
        boolean umnr;
        PassengerType type = PassengerType.UNKNOWN;
        String accompanying;
        String seat;
        String inftDobRaw;
        final List<DocsDraft> docs = new ArrayList<>(1);
        final List<SpecialServiceRequest> ssrs = new ArrayList<>(2);

        PaxDraft(int segmentPosition) {
            this.segmentPosition = segmentPosition;
        }

        boolean isInfant() {
            return type == PassengerType.INFANT;
        }

        Traveller build(int position, String locator, LocalDate reference, Warnings warnings) {
            List<TravelDocument> documents = new ArrayList<>(docs.size());
            DateOfBirth dob = DateOfBirth.missing();
            Sex sex = null;
            String nationality = null;
            String birthPlace = null;
            boolean infantDoc = false;
            for (DocsDraft d : docs) {
                TravelDocument doc = d.build(reference, warnings, position);
                documents.add(doc);
                if (!d.visa) {
                    if (dob.status() == DateOfBirth.Status.MISSING) {
                        dob = doc.dateOfBirth();
                    }
                    sex = sex == null ? doc.sex() : sex;
                    nationality = nationality == null ? d.nationality : nationality;
                    infantDoc |= d.infant();
                } else if (birthPlace == null) {
                    birthPlace = d.birthPlace;
                }
            }
            if (dob.status() == DateOfBirth.Status.MISSING && inftDobRaw != null) {
                dob = DateOfBirth.fromDdMmmYy(inftDobRaw, reference);
            }
            PassengerType pt = type;
            if (umnr) {
                pt = PassengerType.UNACCOMPANIED_MINOR;
            } else if (infantDoc && pt == PassengerType.UNKNOWN) {
                pt = PassengerType.INFANT;
            }
            return new Traveller(position, segmentPosition, TravellerRole.PASSENGER, null, surname, given, null, sex,
                    dob, nationality, null, birthPlace, null, null, null, locator, null, seat, pt, ptc, ref,
                    accompanying, null, documents, ssrs, List.of());
        }
    }
}
