package org.safepassage.ingest.paxlst;

import static org.safepassage.ingest.edifact.Values.integer;
import static org.safepassage.ingest.edifact.Values.upper;
import static org.safepassage.ingest.edifact.Warnings.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safepassage.ingest.edifact.EdifactDates;
import org.safepassage.ingest.edifact.MessageContext;
import org.safepassage.ingest.edifact.MessageHeader;
import org.safepassage.ingest.edifact.MessageMapper;
import org.safepassage.ingest.edifact.MessageTrailer;
import org.safepassage.ingest.edifact.Segment;
import org.safepassage.ingest.edifact.Warnings;
import org.safepassage.manifest.model.Contact;
import org.safepassage.manifest.model.DeclaredCounts;
import org.safepassage.manifest.model.FlightDesignator;
import org.safepassage.manifest.model.FlightLeg;
import org.safepassage.manifest.model.ListType;
import org.safepassage.manifest.model.PassengerMessage;
import org.safepassage.manifest.model.Reference;
import org.safepassage.manifest.model.Sex;
import org.safepassage.manifest.model.SourceKind;
import org.safepassage.manifest.model.TransportMode;
import org.safepassage.manifest.model.Traveller;
import org.safepassage.manifest.model.TravellerRole;

/**
 * Maps one PAXLST message. A state machine over the segment groups of the WCO/IATA/ICAO PAXLST
 * implementation guide:
 * <pre>
 *   BGM, RFF+TN, NAD+MS/COM                 header and reporting party
 *   TDT (LOC/DTM)*                          legs: LOC+125/22/92 departure + DTM+189,
 *                                           LOC+87/92 arrival + DTM+232 (DTM+132 land arrival)
 *   NAD+FL|FM|DDT|DDU (ATT DTM LOC NAT RFF GEI)* (DOC DTM LOC)*    travellers
 *   CNT+42/41
 * </pre>
 * Dates of birth and document dates are resolved once the flight date is known (at the end): the
 * drafts {@link LegDraft}, {@link TravellerDraft} and {@link DocDraft} become the model there.
 */
public final class PaxlstMapper implements MessageMapper {

    private enum Section { HEADER, FLIGHT, TRAVELLER, DOCUMENT, SUMMARY }

    private final MessageContext ctx;
    private final Warnings warnings;

    private Section section = Section.HEADER;
    private String documentNameCode;
    private String documentIdentifier;
    private String transactionReference;
    private String contactName;
    private String telephone;
    private String fax;
    private String email;
    private boolean contactSeen;
    private Integer declaredPassengers;
    private Integer declaredCrew;

    private final List<LegDraft> legs = new ArrayList<>();
    private LegDraft leg;
    private boolean lastLocWasArrival;

    private final List<TravellerDraft> travellers = new ArrayList<>();
    private TravellerDraft traveller;
    private DocDraft document;

    public PaxlstMapper(MessageContext ctx) {
        this.ctx = ctx;
        this.warnings = ctx.warnings();
    }

    @Override
    public void segment(Segment s) {
        switch (s.tag()) {
            case "BGM" -> bgm(s);
            case "RFF" -> rff(s);
            case "NAD" -> nad(s);
            case "COM" -> com(s);
            case "TDT" -> tdt(s);
            case "LOC" -> loc(s);
            case "DTM" -> dtm(s);
            case "ATT" -> att(s);
            case "NAT" -> nat(s);
            case "DOC" -> doc(s);
            case "GEI" -> gei(s);
            case "CNT" -> cnt(s);
            // known PAXLST segments that carry nothing the model holds
            case "FTX", "MEA", "EMP", "QTY", "CPI", "ERP", "ERC", "DOC2" -> { }
            default -> warnings.once("seg:" + s.tag(), s, "segment " + code(s.tag()) + " is not a PAXLST segment; ignored");
        }
    }

    // ---- header ----------------------------------------------------------------------------

    private void bgm(Segment s) {
        documentNameCode = s.value(0);
        documentIdentifier = s.value(1);
        if (documentNameCode == null) {
            warnings.add(s, "BGM has no document name code");
        } else if (ListType.fromBgmCode(documentNameCode) == ListType.OTHER) {
            warnings.add(s, "BGM document name code " + code(documentNameCode)
                    + " is not a passenger, crew or flight status list; mapped as OTHER");
        }
    }

    private void rff(Segment s) {
        String q = upper(s.value(0, 0));
        String v = s.value(0, 1);
        if (traveller != null && section != Section.SUMMARY) {
            switch (q == null ? "" : q) {
                case "AVF" -> traveller.bookingReference = v;
                case "ABO" -> traveller.passengerReference = v;
                case "SEA" -> traveller.seat = v;
                default -> {
                    if (q == null) {
                        warnings.add(s, "RFF without qualifier ignored");
                    } else {
                        traveller.references.add(new Reference(q, v));
                    }
                }
            }
            return;
        }
        if ("TN".equals(q)) {
            transactionReference = v;
        } else {
            warnings.once("rff:" + q, s, "reference qualifier " + code(q) + " in the message header is not mapped");
        }
    }

    private void nad(Segment s) {
        String q = upper(s.value(0));
        if (q == null) {
            warnings.add(s, "NAD without party qualifier ignored");
            return;
        }
        TravellerRole role = switch (q) {
            case "FL" -> TravellerRole.PASSENGER;
            case "FM" -> TravellerRole.CREW;
            case "DDT" -> TravellerRole.IN_TRANSIT_PASSENGER;
            case "DDU" -> TravellerRole.IN_TRANSIT_CREW;
            case "VW" -> TravellerRole.CREW;
            default -> null;
        };
        if (role == null && (q.equals("MS") || travellers.isEmpty() && legs.isEmpty())) {
            if (!q.equals("MS")) {
                warnings.once("nad:" + q, s, "party qualifier " + code(q) + " before the flight read as reporting party");
            }
            contactSeen = true;
            contactName = name(s);
            return;
        }
        if (role == null) {
            warnings.once("nad:" + q, s, "party qualifier " + code(q) + " is not a known traveller role; kept as OTHER");
            role = TravellerRole.OTHER;
        } else if (q.equals("VW")) {
            warnings.once("nad:VW", s, "party qualifier VW (land-border eManifest) read as crew");
        }
        closeDocument();
        traveller = new TravellerDraft(travellers.size() + 1, s.position(), role, q);
        travellers.add(traveller);
        section = Section.TRAVELLER;
        traveller.surname = s.value(3, 0);
        traveller.given = s.value(3, 1);
        if (traveller.surname == null && s.value(2, 0) != null) {
            // name in the unstructured name-and-address element (C058) instead of the party name (C080)
            traveller.surname = s.value(2, 0);
            traveller.given = s.value(2, 1);
            warnings.add(s, "traveller " + traveller.position + " named in NAD element 3 (name and address); read as surname");
        }
        StringBuilder middle = new StringBuilder();
        for (int c = 2; c <= 4; c++) {
            String part = s.value(3, c);
            if (part != null) {
                if (middle.length() > 0) {
                    middle.append(' ');
                }
                middle.append(part);
            }
        }
        traveller.middle = middle.length() == 0 ? null : middle.toString();
        if (traveller.surname == null) {
            warnings.add(s, "traveller " + traveller.position + " has no surname");
        }
    }

    private static String name(Segment s) {
        String n = s.value(3, 0);
        if (n == null) {
            n = s.value(2, 0);
        }
        return n;
    }

    private void com(Segment s) {
        if (!contactSeen || traveller != null) {
            return;
        }
        for (int e = 0; e < 8; e++) {
            String number = s.value(e, 0);
            String type = upper(s.value(e, 1));
            if (number == null) {
                continue;
            }
            switch (type == null ? "" : type) {
                case "TE" -> telephone = number;
                case "FX" -> fax = number;
                case "EM" -> email = number;
                default -> warnings.once("com:" + type, s, "communication type " + code(type) + " not mapped");
            }
        }
    }

    // ---- flight ----------------------------------------------------------------------------

    private void tdt(Segment s) {
        String stage = s.value(0);
        TransportMode mode = "20".equals(stage) ? TransportMode.AIR
                : "11".equals(stage) ? TransportMode.LAND : TransportMode.OTHER;
        if (mode == TransportMode.OTHER) {
            warnings.once("tdt:" + stage, s, "transport stage qualifier " + code(stage) + " is neither air (20) nor land (11)");
        }
        if (traveller != null) {
            warnings.add(s, "TDT after the first traveller; read as a further leg");
        }
        closeDocument();
        traveller = null;
        FlightDesignator fd = FlightDesignator.parse(s.value(1), s.value(4, 0));
        leg = new LegDraft(legs.size() + 1, s.position(), mode, fd.carrier(), fd.number());
        legs.add(leg);
        lastLocWasArrival = false;
        section = Section.FLIGHT;
    }

    private void loc(Segment s) {
        String q = s.value(0);
        String place = s.value(1, 0);
        if (place == null) {
            place = s.value(1, 3);
        }
        if (q == null) {
            warnings.add(s, "LOC without qualifier ignored");
            return;
        }
        if (section == Section.FLIGHT && leg != null) {
            flightLoc(s, q, place);
            return;
        }
        if (traveller == null) {
            warnings.once("loc:h:" + q, s, "location qualifier " + code(q) + " outside a flight or traveller group ignored");
            return;
        }
        switch (q) {
            case "178" -> traveller.embarkation = place;
            case "179" -> traveller.debarkation = place;
            case "174" -> traveller.residence = place;
            case "180" -> traveller.birthPlace = place;
            case "22" -> traveller.clearance = place;
            case "91" -> {
                if (document != null) {
                    // a country (code list 162) wins over a state or province (163) given first
                    if (document.issuingState == null || "163".equals(document.issuingStateList)) {
                        document.issuingState = s.value(1, 0);
                        document.issuingStateList = s.value(1, 1);
                    }
                } else {
                    warnings.add(s, "document issuing state (LOC+91) without a DOC segment ignored");
                }
            }
            default -> warnings.once("loc:t:" + q, s, "location qualifier " + code(q) + " in a traveller group not mapped");
        }
    }

    private void flightLoc(Segment s, String q, String place) {
        switch (q) {
            case "125" -> {
                leg.departure = place;
                lastLocWasArrival = false;
            }
            case "87" -> {
                leg.arrival = place;
                lastLocWasArrival = true;
            }
            case "92", "22" -> {
                if (leg.departure == null) {
                    leg.departure = place;
                    lastLocWasArrival = false;
                } else if (leg.arrival == null) {
                    leg.arrival = place;
                    lastLocWasArrival = true;
                } else if ("92".equals(q)) {
                    // a further stop of the same flight: a new leg from the previous arrival
                    LegDraft next = new LegDraft(legs.size() + 1, s.position(), leg.mode, leg.carrier, leg.number);
                    next.departure = leg.arrival;
                    next.departureDate = leg.arrivalDate;
                    next.departureTime = leg.arrivalTime;
                    next.arrival = place;
                    legs.add(next);
                    leg = next;
                    lastLocWasArrival = true;
                } else {
                    warnings.once("loc:f:22", s, "a further LOC+22 in the flight group ignored");
                }
            }
            default -> warnings.once("loc:f:" + q, s, "location qualifier " + code(q) + " in the flight group not mapped");
        }
    }

    private void dtm(Segment s) {
        String q = s.value(0, 0);
        String value = s.value(0, 1);
        String format = s.value(0, 2);
        if (q == null) {
            warnings.add(s, "DTM without qualifier ignored");
            return;
        }
        if (section == Section.FLIGHT && leg != null) {
            EdifactDates.DateTime dt = EdifactDates.dtm(value, format);
            if (dt == null) {
                warnings.add(s, "flight date " + q + " is not a valid date; ignored");
                return;
            }
            switch (q) {
                case "189" -> {
                    leg.departureDate = dt.date();
                    leg.departureTime = dt.time();
                }
                case "232", "132" -> {
                    leg.arrivalDate = dt.date();
                    leg.arrivalTime = dt.time();
                }
                default -> warnings.once("dtm:f:" + q, s, "date qualifier " + code(q) + " in the flight group not mapped");
            }
            return;
        }
        if (traveller == null) {
            warnings.once("dtm:h:" + q, s, "date qualifier " + code(q) + " outside a flight or traveller group not mapped");
            return;
        }
        switch (q) {
            case "329" -> {
                traveller.dobRaw = value;
                traveller.dobPosition = s.position();
            }
            case "36", "182" -> {
                if (document == null) {
                    warnings.add(s, "document date without a DOC segment ignored");
                } else if ("36".equals(q)) {
                    document.expiryRaw = value;
                    document.expiryPosition = s.position();
                } else {
                    document.issueRaw = value;
                    document.issuePosition = s.position();
                }
            }
            default -> warnings.once("dtm:t:" + q, s, "date qualifier " + code(q) + " in a traveller group not mapped");
        }
    }

    // ---- traveller -------------------------------------------------------------------------

    private void att(Segment s) {
        if (traveller == null) {
            warnings.add(s, "ATT outside a traveller group ignored");
            return;
        }
        String q = s.value(0);
        if (!"2".equals(q)) {
            warnings.once("att:" + q, s, "attribute qualifier " + code(q) + " not mapped");
            return;
        }
        String code = s.value(2, 0, 0);
        Sex sex = Sex.fromCode(code);
        if (sex == null && code != null) {
            warnings.add(s, "sex code of traveller " + traveller.position + " is not M, F, U or X; ignored");
        }
        traveller.sex = sex;
    }

    private void nat(Segment s) {
        if (traveller == null) {
            warnings.add(s, "NAT outside a traveller group ignored");
            return;
        }
        String q = s.value(0);
        if (q != null && !"2".equals(q)) {
            warnings.once("nat:" + q, s, "nationality qualifier " + code(q) + " read as nationality");
        }
        traveller.nationality = s.value(1, 0);
    }

    private void doc(Segment s) {
        if (traveller == null) {
            warnings.add(s, "DOC outside a traveller group ignored");
            return;
        }
        closeDocument();
        document = new DocDraft(s.position());
        document.type = s.value(0, 0);
        document.number = s.value(1, 0);
        if (document.number == null) {
            warnings.add(s, "document of traveller " + traveller.position + " has no number");
        }
        section = Section.DOCUMENT;
    }

    private void gei(Segment s) {
        if (traveller == null) {
            return;
        }
        String q = s.value(0);
        String indicator = s.value(1, 0);
        if ("4".equals(q) && indicator != null) {
            traveller.verified = "173".equals(indicator);
        } else {
            warnings.once("gei:" + q, s, "processing indicator " + code(q) + " not mapped");
        }
    }

    private void cnt(Segment s) {
        closeDocument();
        traveller = null;
        section = Section.SUMMARY;
        for (int e = 0; e < 4; e++) {
            String q = s.value(e, 0);
            if (q == null) {
                continue;
            }
            Integer n = integer(s.value(e, 1));
            if (n == null) {
                warnings.add(s, "CNT+" + code(q) + " carries no number");
                continue;
            }
            switch (q) {
                case "42" -> declaredPassengers = n;
                case "41" -> declaredCrew = n;
                default -> warnings.once("cnt:" + q, s, "control total qualifier " + code(q) + " not mapped");
            }
        }
    }

    private void closeDocument() {
        if (document != null && traveller != null) {
            traveller.documents.add(document);
        }
        document = null;
        if (section == Section.DOCUMENT) {
            section = Section.TRAVELLER;
        }
    }

    // ---- result ----------------------------------------------------------------------------

    @Override
    public PassengerMessage finish(MessageTrailer trailer) {
        closeDocument();
        MessageHeader h = ctx.header();
        List<FlightLeg> flightLegs = new ArrayList<>(legs.size());
        for (LegDraft l : legs) {
            flightLegs.add(new FlightLeg(l.sequence, l.mode, l.carrier, l.number, null, l.departure, l.departureDate,
                    l.departureTime, l.arrival, l.arrivalDate, l.arrivalTime, l.position));
            if (l.mode == TransportMode.AIR && (l.departure == null || l.departureDate == null)) {
                warnings.add(l.position, "TDT", "leg " + l.sequence + " has no departure "
                        + (l.departure == null ? "airport" : "date"));
            }
        }
        if (legs.isEmpty()) {
            warnings.add(h.segmentPosition(), "UNH", "the message has no flight (TDT)");
        }
        LocalDate reference = referenceDate();
        List<Traveller> result = new ArrayList<>(travellers.size());
        int passengers = 0;
        int crew = 0;
        for (TravellerDraft t : travellers) {
            result.add(t.build(reference, warnings));
            if (t.role.isCrew()) {
                crew++;
            } else if (t.role.isPassenger()) {
                passengers++;
            }
        }
        ListType listType = ListType.fromBgmCode(documentNameCode);
        checkCount(declaredPassengers, passengers, "CNT+42 passenger total");
        checkCount(declaredCrew, crew, "CNT+41 crew total");
        Contact contact = contactSeen || telephone != null ? new Contact(contactName, telephone, fax, email) : null;
        return new PassengerMessage(SourceKind.PAXLST, ctx.envelope(), h.segmentPosition(), h.reference(), h.type(),
                h.version(), h.commonAccessReference(), h.sequence(), listType, documentNameCode, documentIdentifier,
                ctx.options().isChange(documentIdentifier), transactionReference, contact,
                new DeclaredCounts(declaredPassengers, declaredCrew, null, trailer.declaredSegments(),
                        trailer.countedSegments()),
                flightLegs, result, List.of(), warnings.snapshot(), trailer.digest());
    }

    private void checkCount(Integer declared, int actual, String what) {
        if (declared != null && declared != actual) {
            warnings.add(0, "CNT", what + " is " + declared + " but the message lists " + actual);
        }
    }

    private LocalDate referenceDate() {
        for (LegDraft l : legs) {
            if (l.departureDate != null) {
                return l.departureDate;
            }
        }
        for (LegDraft l : legs) {
            if (l.arrivalDate != null) {
                return l.arrivalDate;
            }
        }
        return travellers.isEmpty() ? null : ctx.fallbackReferenceDate();
    }
}
