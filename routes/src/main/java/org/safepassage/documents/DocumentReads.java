package org.safepassage.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safepassage.manifest.FlightAssessmentState;
import org.safepassage.manifest.TravellerLookup;
import org.safepassage.manifest.TravellerLookup.Candidate;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.DocumentSource;
import org.safepassage.manifest.model.Sex;
import org.safepassage.manifest.model.TravelDocument;
import org.safepassage.manifest.model.Traveller;
import org.safepassage.mrtd.DocumentRead;
import org.safepassage.mrtd.DocumentVerifier;
import org.safepassage.mrtd.asn1.MalformedException;
import org.safepassage.mrtd.lds.Dg2;
import org.safepassage.mrtd.lds.IdentityFields;
import org.safepassage.mrtd.report.VerificationReport;
import org.safepassage.protection.DocumentCheck;
import org.safepassage.system.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Document reads from booths and eGates: each is verified ({@code mrtd}: Passive and Active Authentication, the MRZ,
 * DG1 against the printed MRZ), joined to its traveller on the passenger lists (see {@link TravellerMatching}) and
 * compared with the airline's data for them, stored once however often it is delivered, and the traveller's flight
 * marked as changed so that its travellers are assessed again. A read that arrives before its passenger list waits
 * and is joined when the list arrives ({@link #joinWaiting}).
 */
@Service
public class DocumentReads {

    private static final Logger log = LoggerFactory.getLogger(DocumentReads.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final DocumentReadStore store;
    private final TravellerLookup travellers;
    private final FlightAssessmentState flights;
    private final DocumentVerifier verifier;
    private final DocumentReadProperties properties;
    private final boolean requireRevocation;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DocumentReads(DocumentReadStore store, TravellerLookup travellers, FlightAssessmentState flights,
                  TrustAnchors trust, TrustProperties trustProperties, DocumentReadProperties properties,
                  PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.travellers = travellers;
        this.flights = flights;
        this.requireRevocation = trustProperties.requireRevocation();
        this.verifier = new DocumentVerifier(trust, requireRevocation);
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * What the service made of a read: its id, the traveller and flight it was joined to (null when not), how it was
     * joined or why not, and the verification report.
     *
     * @param duplicate the same event had been received before: this is the stored read, nothing changed
     */
    public record Result(String readId, boolean duplicate, String travellerId, String flightId, JsonNode match,
                         JsonNode verification) {

        @Override
        public String toString() {
            return "Result[" + readId + (duplicate ? " duplicate" : "") + " " + travellerId + " on " + flightId + "]";
        }
    }

    /**
     * Verifies, joins and stores one read event (idempotent: the same event again returns the stored read).
     *
     * @throws InvalidDocumentReadException when the event cannot be used, with the reason
     */
    public Result receive(byte[] event, String submitter) {
        String digest = sha256(event);
        Optional<String> known = store.readIdOfDigest(digest);
        if (known.isPresent()) {
            return stored(known.get(), true);
        }
        DocumentReadEvent parsed = DocumentReadEvent.parse(event);
        DocumentRead read = parsed.read();
        VerificationReport report = verifier.verify(read);
        LocalDate day = LocalDate.ofInstant(parsed.readAt(), ZoneOffset.UTC);
        ReadHolder holder = ReadHolder.of(read.dataGroups().get(1), parsed.mrz(), day);
        Search search = search(holder, parsed.flightHint(), parsed.readAt());
        TravellerMatching.Outcome outcome = TravellerMatching.match(holder, search.candidates(), search.described());
        ObjectNode verification = ReportJsonChecks.of(report);
        if (outcome.matched() != null) {
            verification = ReportJsonChecks.withChecks(verification,
                    DocumentVerifier.airlineDataChecks(read, airlineIdentity(outcome.matched().traveller(), holder)),
                    requireRevocation);
        }
        Face face = face(read.dataGroups().get(2));
        String readId = digest.substring(0, 32);
        Instant now = clock.instant();
        ObjectNode finalReport = verification;
        String flightId = outcome.matched() == null ? null : outcome.matched().flightId();
        try {
            transaction.executeWithoutResult(status -> {
                store.insert(readId, digest, parsed, now, submitter, holder, outcome.status(),
                        matchJson(outcome, search.described()), outcome.matched() == null ? null : outcome.matched().travellerId(),
                        flightId, ReportJsonChecks.verdict(finalReport), ReportJsonChecks.failedChecks(finalReport),
                        finalReport.toString(), read.dataGroups().get(1), face.type(), face.image());
                if (flightId != null) {
                    flights.dataChanged(flightId, now.atOffset(ZoneOffset.UTC));
                }
            });
        } catch (DuplicateKeyException e) {
            // the same event, delivered twice at once: the other delivery stored it
            return stored(readId, true);
        }
        log.info("document read {} from reader {}: {}, {}{}", readId, parsed.readerId(),
                ReportJsonChecks.verdict(finalReport), outcome.status(),
                flightId == null ? "" : ", traveller " + outcome.matched().travellerId() + " on flight " + flightId);
        return stored(readId, false);
    }

    /**
     * Joins the reads still waiting for their passenger list that may belong to a traveller on these flights (a
     * list just arrived for them). Each read is matched again in its own search (hint or window); a read now
     * joined marks its flight as changed.
     *
     * @return the flights a read was joined to
     */
    public Set<String> joinWaiting(Collection<String> flightIds) {
        Instant since = clock.instant().minus(properties.waitForList());
        if (flightIds.isEmpty() || !store.anyWaiting(since)) {
            return Set.of();
        }
        Set<LocalDate> births = travellers.birthDates(flightIds);
        List<String> designators = new ArrayList<>();
        travellers.designators(flightIds).values().forEach(d -> designators.add(d[0] + d[1]));
        Set<String> joinedTo = new LinkedHashSet<>();
        for (DocumentReadStore.StoredRead waiting : store.waiting(births, designators, since, 200)) {
            LocalDate day = LocalDate.ofInstant(waiting.readAt(), ZoneOffset.UTC);
            ReadHolder holder = ReadHolder.of(waiting.dg1(), waiting.printedMrz(), day);
            Search search = search(holder, waiting.hint(), waiting.readAt());
            TravellerMatching.Outcome outcome = TravellerMatching.match(holder, search.candidates(), search.described());
            if (outcome.status() == waiting.matchStatus() && outcome.matched() == null) {
                continue;
            }
            ObjectNode report = (ObjectNode) parse(waiting.report());
            if (outcome.matched() != null) {
                DocumentRead read = DocumentRead.builder().printedMrz(waiting.printedMrz()).at(waiting.readAt())
                        .dataGroups(waiting.dg1() == null ? Map.of() : Map.of(1, waiting.dg1())).build();
                report = ReportJsonChecks.withChecks(report,
                        DocumentVerifier.airlineDataChecks(read, airlineIdentity(outcome.matched().traveller(), holder)),
                        requireRevocation);
            }
            ObjectNode finalReport = report;
            String flightId = outcome.matched() == null ? null : outcome.matched().flightId();
            Instant now = clock.instant();
            transaction.executeWithoutResult(status -> {
                store.joined(waiting.readId(), outcome.status(), matchJson(outcome, search.described()),
                        outcome.matched() == null ? null : outcome.matched().travellerId(), flightId, now,
                        ReportJsonChecks.verdict(finalReport), ReportJsonChecks.failedChecks(finalReport),
                        finalReport.toString());
                if (flightId != null) {
                    flights.dataChanged(flightId, now.atOffset(ZoneOffset.UTC));
                }
            });
            if (flightId != null) {
                joinedTo.add(flightId);
                log.info("document read {} joined to traveller {} on flight {} when its passenger list arrived",
                        waiting.readId(), outcome.matched().travellerId(), flightId);
            }
        }
        return joinedTo;
    }

    /**
     * For the assessment of a flight: the newest read of each of its travellers that has one, as the rules see it
     * (verdict, failed checks, which read) and the document the chip's DG1 holds.
     */
    public Map<String, ReadFacts> facts(String flightId) {
        Map<String, ReadFacts> out = new LinkedHashMap<>();
        for (DocumentReadStore.StoredRead r : store.latestOfEachTraveller(flightId)) {
            DocumentCheck check = new DocumentCheck(r.verdict(), r.failedChecks(),
                    "document read " + r.readId() + " (reader " + r.readerId() + ", " + r.readAt() + ")");
            out.put(r.travellerId(), new ReadFacts(check, chipDocument(r)));
        }
        return out;
    }

    /**
     * What a traveller's newest document read adds to what the rules know of them.
     *
     * @param chipDocument the document DG1 describes, or null when DG1 was not read or cannot be
     */
    public record ReadFacts(DocumentCheck check, TravelDocument chipDocument) {
    }

    public Optional<Result> find(String readId) {
        return store.find(readId).map(r -> view(r, false));
    }

    public List<Result> ofTraveller(String travellerId) {
        return store.ofTraveller(travellerId).stream().map(r -> view(r, false)).toList();
    }

    public Page<Result> list(boolean unmatched, Instant from, Instant to, Page.PageRequest page) {
        return store.list(unmatched, from, to, page).map(r -> view(r, false));
    }

    /** The face image of the traveller's newest read that has one, as JPEG (JPEG 2000 converted once, then kept). */
    public Optional<byte[]> photo(String travellerId) {
        return store.newestFace(travellerId).map(f -> {
            if (f.jpeg() != null) {
                return f.jpeg();
            }
            byte[] jpeg = new Dg2.FaceImage(f.type(), 0, 0, f.image()).jpeg();
            if (!Dg2.JPEG.equals(f.type())) {
                store.photoMade(f.readId(), jpeg);
            }
            return jpeg;
        });
    }

    // ---- joining -------------------------------------------------------------------------------------------------

    /** The travellers a read may belong to, and how they were found (said in the match). */
    private record Search(List<Candidate> candidates, String described) {
    }

    private Search search(ReadHolder holder, DocumentReadEvent.FlightHint hint, Instant readAt) {
        List<Candidate> found = new ArrayList<>();
        List<String> said = new ArrayList<>(2);
        if (hint != null) {
            List<String> hinted = travellers.flights(hint.carrier(), hint.number(), hint.date());
            said.add(hinted.isEmpty() ? "on flight " + hint.carrier() + hint.number() + " of " + hint.date()
                    + " (not on file yet)" : "on flight " + hint.carrier() + hint.number() + " of " + hint.date());
            found.addAll(travellers.onFlights(hinted));
            if (holder != null && !found.isEmpty()
                    && TravellerMatching.match(holder, found, "").status() != TravellerMatching.Status.UNMATCHED) {
                return new Search(found, said.get(0));
            }
        }
        if (holder != null) {
            LocalDateTime at = LocalDateTime.ofInstant(readAt, ZoneOffset.UTC);
            LocalDateTime from = at.minus(properties.joinWindow());
            LocalDateTime to = at.plus(properties.joinWindow());
            List<Candidate> around = travellers.around(holder.dateOfBirth(), holder.surname(), holder.givenNames(),
                    from, to);
            Set<String> seen = new LinkedHashSet<>();
            found.forEach(c -> seen.add(c.travellerId()));
            around.stream().filter(c -> seen.add(c.travellerId())).forEach(found::add);
            said.add("on the flights scheduled within " + properties.joinWindow().toHours() + " h of the read");
        }
        return new Search(found, String.join(", or ", said));
    }

    /** The airline's data for the traveller, in the fields DG1 and the MRZ hold (the matching document's). */
    static IdentityFields airlineIdentity(Traveller t, ReadHolder holder) {
        TravelDocument doc = null;
        for (TravelDocument d : t.documents()) {
            if (d.source() == DocumentSource.CHIP || d.number() == null || "V".equalsIgnoreCase(d.typeCode())) {
                continue;
            }
            if (doc == null) {
                doc = d;
            }
            if (holder != null && holder.documentNumber() != null
                    && TravellerMatching.ocrFold(alnum(d.number())).equals(TravellerMatching.ocrFold(alnum(holder.documentNumber())))) {
                doc = d;
                break;
            }
        }
        LocalDate born = t.dateOfBirth().status() == DateOfBirth.Status.COMPLETE ? t.dateOfBirth().date()
                : doc != null && doc.dateOfBirth().status() == DateOfBirth.Status.COMPLETE ? doc.dateOfBirth().date() : null;
        Sex sex = t.sex() != null ? t.sex() : doc != null ? doc.sex() : null;
        String sexCode = sex == null ? null : sex == Sex.MALE ? "M" : sex == Sex.FEMALE ? "F" : "X";
        return new IdentityFields(t.surname(), t.givenNames(), doc == null ? null : doc.number(), t.nationality(), born,
                sexCode, doc == null ? null : doc.expiry(), doc == null ? null : doc.issuingState());
    }

    /** The document DG1 describes, as a travel document of the traveller (source {@link DocumentSource#CHIP}). */
    private static TravelDocument chipDocument(DocumentReadStore.StoredRead r) {
        if (r.dg1() == null) {
            return null;
        }
        LocalDate day = LocalDate.ofInstant(r.readAt(), ZoneOffset.UTC);
        ReadHolder h = ReadHolder.of(r.dg1(), null, day);
        if (h == null) {
            return null;
        }
        DateOfBirth born = h.dateOfBirth() == null ? DateOfBirth.missing() : DateOfBirth.of(h.dateOfBirth());
        return new TravelDocument(DocumentSource.CHIP, "P", h.documentNumber(), h.issuingState(), h.dateOfExpiry(),
                h.dateOfExpiry() == null ? null : h.dateOfExpiry().toString(), null, null, null, h.nationality(), born,
                Sex.fromCode(h.sex()), false, h.surname(), h.givenNames(), 0);
    }

    private record Face(String type, byte[] image) {
    }

    /** The first face image in DG2, as stored; none when DG2 is absent or cannot be decoded (its hash check says why). */
    private static Face face(byte[] dg2) {
        if (dg2 == null) {
            return new Face(null, null);
        }
        try {
            List<Dg2.FaceImage> faces = Dg2.faces(dg2);
            if (faces.isEmpty()) {
                return new Face(null, null);
            }
            return new Face(faces.get(0).mimeType(), faces.get(0).image());
        } catch (MalformedException e) {
            return new Face(null, null);
        }
    }

    private static String matchJson(TravellerMatching.Outcome outcome, String searched) {
        ObjectNode m = JSON.createObjectNode();
        m.put("status", outcome.status().name());
        m.put(outcome.status() == TravellerMatching.Status.MATCHED ? "by" : "reason", outcome.by());
        m.put("searched", searched);
        if (!outcome.candidates().isEmpty()) {
            var ids = m.putArray("candidates");
            outcome.candidates().forEach(ids::add);
        }
        return m.toString();
    }

    private Result stored(String readId, boolean duplicate) {
        return store.find(readId).map(r -> view(r, duplicate))
                .orElseThrow(() -> new IllegalStateException("read " + readId + " not found after storing it"));
    }

    private static Result view(DocumentReadStore.StoredRead r, boolean duplicate) {
        return new Result(r.readId(), duplicate, r.travellerId(), r.flightId(), parse(r.match()), parse(r.report()));
    }

    private static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    private static String alnum(String s) {
        return s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
