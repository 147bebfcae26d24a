package org.safepassage.ingest.edifact;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.safepassage.manifest.model.Envelope;
import org.safepassage.manifest.model.Interchange;
import org.safepassage.manifest.model.MessageSequence;
import org.safepassage.manifest.model.Party;
import org.safepassage.manifest.model.ParseWarning;
import org.safepassage.manifest.model.PassengerMessage;
import org.safepassage.manifest.model.SyntaxInfo;

/**
 * Entry point: reads an interchange (UNB ... UNZ) into the manifest model. The message type is read
 * from each UNH and the message handed to the {@link MessageMapper} the caller gave for that type
 * (PAXLST and PNRGOV in the service, see {@code org.safepassage.ingest.EdifactParserConfig}); a
 * message of another type is skipped with a warning.
 *
 * <p>Tolerant with honesty: wrong counts, unknown qualifiers and segments, a malformed traveller
 * group, impossible dates are recorded as {@link ParseWarning}s and the rest is accepted. Input that
 * cannot be read at all throws {@link UnparseableMessageException}, the only exception thrown.
 *
 * <p>Stateless and thread-safe; plain Java. The caller enforces a maximum input size; the parser
 * works in one pass over the decoded text and keeps no more than the model it returns.
 */
public final class PassengerMessageParser {

    private final ParseOptions options;
    private final Map<String, MapperFactory> mappers;
    /** The types read, in alphabetical order, for warnings and rejection reasons: {@code PAXLST or PNRGOV}. */
    private final String typesOr;
    /** The same as {@code PAXLST/PNRGOV}. */
    private final String typesSlash;

    /**
     * A parser for the message types in {@code mappers} (upper case, e.g. {@code PAXLST}), each with
     * the factory of its mapper.
     */
    public PassengerMessageParser(ParseOptions options, Map<String, MapperFactory> mappers) {
        this.options = Objects.requireNonNull(options, "options");
        Map<String, MapperFactory> byType = new TreeMap<>();
        mappers.forEach((type, factory) -> byType.put(type.trim().toUpperCase(Locale.ROOT),
                Objects.requireNonNull(factory, type)));
        if (byType.isEmpty()) {
            throw new IllegalArgumentException("a parser needs a mapper for at least one message type");
        }
        this.mappers = Map.copyOf(byType);
        this.typesOr = String.join(" or ", byType.keySet());
        this.typesSlash = String.join("/", byType.keySet());
    }

    /** Parses one interchange. */
    public Interchange read(byte[] raw) throws UnparseableMessageException {
        EdifactReader reader = EdifactReader.open(raw, "a " + typesSlash + " interchange");
        try {
            return new Run(reader, raw).run();
        } catch (RuntimeException e) {
            // Last resort: a defect must not turn into an undocumented exception for the route.
            throw new UnparseableMessageException("internal error after segment " + reader.segmentsRead()
                    + " (" + e.getClass().getSimpleName() + "); the interchange was not read");
        }
    }

    /** The state of one parse. */
    private final class Run {
        private final EdifactReader reader;
        private final byte[] raw;
        private final Warnings interchangeWarnings;
        private final List<PassengerMessage> messages = new ArrayList<>();
        private final Set<String> unsupportedTypes = new LinkedHashSet<>();
        private Envelope envelope;
        private Integer unzCount;
        private int messagesSeen;
        private int groups;
        private int messagesInGroup;
        private String groupReference;

        // current message
        private MessageMapper mapper;
        private MessageContext context;
        private boolean skipping;
        private int counted;
        private int messageStart;

        Run(EdifactReader reader, byte[] raw) {
            this.reader = reader;
            this.raw = raw;
            this.interchangeWarnings = new Warnings(options.maxWarningsPerMessage());
        }

        Interchange run() throws UnparseableMessageException {
            Segment unb = reader.next();
            if (unb == null) {
                throw new UnparseableMessageException("the input holds no segments");
            }
            if (!"UNB".equals(unb.tag())) {
                throw new UnparseableMessageException("the interchange does not start with UNB (segment 1 is "
                        + printableTag(unb) + "); this is not a complete " + typesSlash + " interchange");
            }
            envelope = envelope(unb);
            boolean unzSeen = false;
            for (Segment s = reader.next(); s != null; s = reader.next()) {
                switch (s.tag()) {
                    case "UNH" -> startMessage(s);
                    case "UNT" -> endMessage(s);
                    case "UNG" -> {
                        if (inMessage()) {
                            abandonMessage(s, "UNG inside a message");
                        }
                        groups++;
                        messagesInGroup = 0;
                        groupReference = s.value(4);
                    }
                    case "UNE" -> {
                        if (inMessage()) {
                            abandonMessage(s, "UNE inside a message");
                        }
                        checkCount(s, s.value(0), messagesInGroup, "UNE message count");
                        if (groupReference != null && !groupReference.equals(s.value(1))) {
                            interchangeWarnings.add(s, "UNE reference does not match the UNG reference");
                        }
                    }
                    case "UNZ" -> {
                        if (inMessage()) {
                            abandonMessage(s, "UNZ inside a message");
                        }
                        unzSeen = true;
                        unzCount = Values.integer(s.value(0));
                        checkCount(s, s.value(0), groups > 0 ? groups : messagesSeen,
                                groups > 0 ? "UNZ group count" : "UNZ message count");
                        if (envelope.controlReference() != null && !envelope.controlReference().equals(s.value(1))) {
                            interchangeWarnings.add(s, "UNZ control reference does not match UNB");
                        }
                    }
                    case "UNB" -> interchangeWarnings.add(s, "a second UNB before UNZ was ignored");
                    default -> bodySegment(s);
                }
            }
            if (inMessage()) {
                abandonMessage(null, "the input ends");
            }
            if (!unzSeen) {
                interchangeWarnings.add(0, null, "the interchange has no UNZ (input truncated?)");
            }
            for (ParseWarning w : reader.warnings()) {
                interchangeWarnings.add(w.segmentPosition(), w.segmentTag(), w.message());
            }
            if (messages.isEmpty()) {
                if (messagesSeen == 0) {
                    throw new UnparseableMessageException("the interchange holds no message (no UNH segment"
                            + (unzSeen ? ")" : "; truncated before the first message?)"));
                }
                throw new UnparseableMessageException("the interchange holds no " + typesOr + " message (found "
                        + String.join(", ", unsupportedTypes) + ")");
            }
            List<ParseWarning> iw = interchangeWarnings.snapshot();
            List<PassengerMessage> result = messages;
            if (!iw.isEmpty()) {
                result = new ArrayList<>(messages.size());
                for (PassengerMessage m : messages) {
                    result.add(withInterchangeWarnings(m, iw));
                }
            }
            return new Interchange(envelope, unzCount, result, iw);
        }

        private boolean inMessage() {
            return mapper != null || skipping;
        }

        private void bodySegment(Segment s) {
            if (mapper != null) {
                counted++;
                try {
                    mapper.segment(s);
                } catch (RuntimeException e) {
                    context.warnings().add(s, "segment could not be read (" + e.getClass().getSimpleName()
                            + ") and was skipped");
                }
            } else if (skipping) {
                counted++;
            } else {
                interchangeWarnings.once("outside:" + s.tag(), s, "segment outside a message (between UNH and UNT) was ignored");
            }
        }

        private void startMessage(Segment unh) {
            if (inMessage()) {
                abandonMessage(unh, "a new UNH starts");
            }
            messagesSeen++;
            messagesInGroup++;
            counted = 1;
            messageStart = unh.start();
            String type = unh.value(1, 0);
            String typeKey = type == null ? "" : type.trim().toUpperCase(Locale.ROOT);
            String c1 = unh.value(1, 1);
            String c2 = unh.value(1, 2);
            String version;
            if (c1 == null) {
                version = null;
            } else if ("D".equalsIgnoreCase(c1) || c2 == null) {
                version = c1 + (c2 == null ? "" : c2);
            } else {
                version = c1 + "." + c2;
            }
            Warnings warnings = new Warnings(options.maxWarningsPerMessage());
            MessageSequence sequence = sequence(unh, warnings);
            MessageHeader header = new MessageHeader(unh.position(), unh.value(0), typeKey, version,
                    unh.value(2), sequence);
            context = new MessageContext(envelope, header, options, warnings);
            MapperFactory factory = mappers.get(typeKey);
            if (factory != null) {
                mapper = factory.create(context);
            } else {
                mapper = null;
                skipping = true;
                unsupportedTypes.add(typeKey.isEmpty() ? "(no type)" : sanitize(typeKey));
                interchangeWarnings.add(unh, "message type " + (typeKey.isEmpty() ? "(none)" : sanitize(typeKey))
                        + " is not " + typesOr + "; the message was skipped");
            }
        }

        private MessageSequence sequence(Segment unh, Warnings warnings) {
            String number = unh.value(3, 0);
            String marker = unh.value(3, 1);
            if (number == null && marker == null) {
                return null;
            }
            Integer n = Values.integer(number);
            if (n == null) {
                warnings.add(unh, "UNH sequence number is not a number; treated as 1");
                n = 1;
            }
            String m = marker == null ? null : marker.trim().toUpperCase(Locale.ROOT);
            return new MessageSequence(n, m, m == null || "F".equals(m));
        }

        private void endMessage(Segment unt) {
            if (!inMessage()) {
                interchangeWarnings.add(unt, "UNT without a preceding UNH was ignored");
                return;
            }
            counted++;
            Integer declared = Values.integer(unt.value(0));
            if (skipping) {
                skipping = false;
                return;
            }
            Warnings w = context.warnings();
            if (unt.value(0) == null) {
                w.add(unt, "UNT carries no segment count");
            } else if (declared == null) {
                w.add(unt, "UNT segment count is not a number");
            } else if (declared != counted) {
                w.add(unt, "UNT declares " + declared + " segments but the message has " + counted);
            }
            String ref = unt.value(1);
            if (ref != null && context.header().reference() != null && !ref.equals(context.header().reference())) {
                w.add(unt, "UNT message reference does not match UNH");
            }
            finishMessage(declared, unt.end() + 1);
        }

        private void abandonMessage(Segment at, String why) {
            if (skipping) {
                skipping = false;
                return;
            }
            context.warnings().add(at == null ? 0 : at.position(), at == null ? null : at.tag(),
                    "the message has no UNT (" + why + "); the list may be incomplete");
            finishMessage(null, at == null ? Integer.MAX_VALUE : at.start());
        }

        private void finishMessage(Integer declared, int endOffset) {
            MessageDigest md = sha256();
            reader.digest(md, messageStart, endOffset);
            String digest = HexFormat.of().formatHex(md.digest());
            PassengerMessage m = mapper.finish(new MessageTrailer(declared, counted, digest));
            messages.add(m);
            mapper = null;
            context = null;
        }

        private void checkCount(Segment s, String declaredText, int actual, String what) {
            Integer declared = Values.integer(declaredText);
            if (declared == null) {
                interchangeWarnings.add(s, what + " is missing or not a number");
            } else if (declared != actual) {
                interchangeWarnings.add(s, what + " is " + declared + " but " + actual + " were found");
            }
        }

        private Envelope envelope(Segment unb) {
            MessageDigest md = sha256();
            String digest = HexFormat.of().formatHex(md.digest(raw));
            SyntaxInfo syntax = new SyntaxInfo(unb.value(0, 0), unb.value(0, 1), reader.separators().asUna(),
                    reader.charset());
            Party sender = new Party(unb.value(1, 0), unb.value(1, 1));
            Party recipient = new Party(unb.value(2, 0), unb.value(2, 1));
            String date = unb.value(3, 0);
            String time = unb.value(3, 1);
            java.time.LocalDateTime preparedAt = null;
            if (date != null) {
                java.time.LocalDate d = date.length() == 8 ? EdifactDates.ccyymmdd(date) : EdifactDates.yymmdd(date);
                java.time.LocalTime t = EdifactDates.hhmm(time);
                if (d != null) {
                    preparedAt = d.atTime(t == null ? java.time.LocalTime.MIDNIGHT : t);
                } else {
                    interchangeWarnings.add(unb, "UNB date of preparation is not a valid date");
                }
            }
            String control = unb.value(4);
            if (control == null) {
                interchangeWarnings.add(unb, "UNB has no interchange control reference");
            }
            return new Envelope(syntax, sender, recipient, preparedAt, control, unb.value(6), digest, raw.length);
        }
    }

    private static PassengerMessage withInterchangeWarnings(PassengerMessage m, List<ParseWarning> iw) {
        List<ParseWarning> all = new ArrayList<>(iw.size() + m.warnings().size());
        all.addAll(iw);
        all.addAll(m.warnings());
        return new PassengerMessage(m.kind(), m.envelope(), m.segmentPosition(), m.messageReference(),
                m.messageType(), m.messageVersion(), m.commonAccessReference(), m.sequence(), m.listType(),
                m.documentNameCode(), m.documentIdentifier(), m.change(), m.transactionReference(),
                m.reportingParty(), m.counts(), m.legs(), m.travellers(), m.bookings(), all, m.messageDigest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String printableTag(Segment s) {
        return Warnings.code(s.tag());
    }

    /** Keeps codes printable and short in operator messages. */
    private static String sanitize(String code) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < code.length() && sb.length() < 12; i++) {
            char c = code.charAt(i);
            sb.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return sb.toString();
    }
}
