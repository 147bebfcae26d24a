package org.safepassage.ingest.edifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.safepassage.ingest.EdifactParserConfig;
import org.safepassage.manifest.model.Interchange;
import org.safepassage.manifest.model.ParseWarning;
import org.safepassage.manifest.model.PassengerMessage;

/** Test inputs: the shared samples (classpath {@code /edifact/...}) and small hand-written interchanges. */
public final class TestInputs {

    /** The parser the service reads with (PAXLST and PNRGOV mappers), default options. */
    static final PassengerMessageParser STANDARD_PARSER = EdifactParserConfig.standardParser(ParseOptions.defaults());

    private TestInputs() {
    }

    /** A sample under {@code src/test/resources/edifact/}, e.g. {@code paxlst/synthetic_300pax_d05b.edi}. */
    public static byte[] sample(String path) {
        try (InputStream in = TestInputs.class.getResourceAsStream("/edifact/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test sample " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Parses with the {@linkplain #STANDARD_PARSER standard parser}; fails the test on {@link UnparseableMessageException}. */
    public static Interchange parse(byte[] raw) {
        try {
            return STANDARD_PARSER.read(raw);
        } catch (UnparseableMessageException e) {
            throw new AssertionError("unexpectedly unparseable: " + e.reason(), e);
        }
    }

    public static Interchange parse(String text) {
        return parse(utf8(text));
    }

    /** The only message of an interchange. */
    public static PassengerMessage only(Interchange interchange) {
        if (interchange.messages().size() != 1) {
            throw new AssertionError("expected one message, got " + interchange.messages().size());
        }
        return interchange.messages().get(0);
    }

    /** Warning texts, for {@code contains}-style assertions. */
    public static java.util.List<String> warningTexts(PassengerMessage m) {
        return m.warnings().stream().map(ParseWarning::toString).toList();
    }

    /**
     * A small D05B passenger list (two legs of one journey, four travellers) used as the base of the
     * hand-written deviation cases. Invented identities.
     */
    public static final String D05B_FAMILY = String.join("\n",
            "UNA:+.? '",
            "UNB+UNOA:4+TESTAIR:ZZ+SAFEPASSAGE:ZZ+240301:0815+IC0001++APIS'",
            "UNG+PAXLST+TESTAIR+SAFEPASSAGE+240301:0815+1+UN+D:05B'",
            "UNH+M1+PAXLST:D:05B:UN:IATA+CAR77+01:F'",
            "BGM+745'",
            "RFF+TN:TX0001:::1'",
            "NAD+MS+++OPS DESK'",
            "COM+0041 00 000 00 00:TE+ops@example.test:EM'",
            "TDT+20+XY0042+++XY'",
            "LOC+125+ZRH'",
            "DTM+189:2403011030:201'",
            "LOC+87+LIS'",
            "DTM+232:2403011215:201'",
            "NAD+FL+++EXAMPLE:ANNA:MARIA'",
            "ATT+2++F'",
            "DTM+329:850214'",
            "LOC+178+ZRH'",
            "LOC+179+LIS'",
            "NAT+2+CHE'",
            "RFF+AVF:BK0001'",
            "RFF+SEA:12A'",
            "DOC+P:110:111+X0000001'",
            "DTM+36:291231'",
            "LOC+91+CHE'",
            "NAD+FL+++EXAMPLE:LUCA'",
            "ATT+2++M'",
            "DTM+329:150630'",
            "NAT+2+CHE'",
            "RFF+AVF:BK0001'",
            "DOC+P+X0000002'",
            "DTM+36:270630'",
            "DTM+182:220630'",
            "LOC+91+CHE'",
            "NAD+FL+++SAMPLE:NOAH'",
            "ATT+2++M'",
            "DTM+329:1203XX'",
            "NAT+2+PRT'",
            "RFF+AVF:BK0002'",
            "GEI+4+173'",
            "NAD+FM+++CREWMAN:PAT'",
            "ATT+2++U'",
            "DTM+329:19790101:102'",
            "NAT+2+CHE'",
            "CNT+42:3'",
            "CNT+41:1'",
            "UNT+43+M1'",
            "UNE+1+1'",
            "UNZ+1+IC0001'");

    private static final byte[] SPECIAL = "'+:?*.\r\n UNHUNTUNZUNBSRCTIFNADDOCDTM0123456789/".getBytes();

    /**
     * One random mutation of a sample, as transmission faults and careless senders make them: 1 to 8 of byte flips,
     * separators and tags inserted, the end cut off, a range cut out or repeated.
     */
    public static byte[] mutate(byte[] seed, java.util.Random r) {
        byte[] b = seed.clone();
        int operations = 1 + r.nextInt(8);
        for (int i = 0; i < operations && b.length > 1; i++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(6)) {
                case 0 -> b[at] = (byte) r.nextInt(256);
                case 1 -> b[at] = SPECIAL[r.nextInt(SPECIAL.length)];
                case 2 -> b = java.util.Arrays.copyOf(b, Math.max(1, at)); // truncate
                case 3 -> { // cut a range
                    int len = Math.min(b.length - at, 1 + r.nextInt(200));
                    byte[] c = new byte[b.length - len];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, at + len, c, at, b.length - at - len);
                    b = c.length == 0 ? new byte[] {'\''} : c;
                }
                case 4 -> { // duplicate a range
                    int len = Math.min(b.length - at, 1 + r.nextInt(300));
                    byte[] c = new byte[b.length + len];
                    System.arraycopy(b, 0, c, 0, at + len);
                    System.arraycopy(b, at, c, at + len, b.length - at);
                    b = c;
                }
                default -> { // insert a special character
                    byte[] c = new byte[b.length + 1];
                    System.arraycopy(b, 0, c, 0, at);
                    c[at] = SPECIAL[r.nextInt(SPECIAL.length)];
                    System.arraycopy(b, at, c, at + 1, b.length - at);
                    b = c;
                }
            }
        }
        return b;
    }
}
