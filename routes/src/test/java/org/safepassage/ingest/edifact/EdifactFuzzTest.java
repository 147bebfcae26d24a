package org.safepassage.ingest.edifact;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safepassage.manifest.model.Interchange;
import org.safepassage.manifest.model.PassengerMessage;
import org.safepassage.manifest.model.Traveller;

/**
 * Jazzer fuzz tests of the syntax layer and of the whole parser (both mappers): whatever the bytes,
 * the result is a model or {@link UnparseableMessageException}, never another exception, never a
 * hang.
 *
 * <p>Under {@code mvn test} (regression mode) each test runs its seeds: the shared samples and
 * hand-written deviations ({@link #seeds()}). To fuzz for real (Jazzer then also stops on inputs
 * that take too long):
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -pl routes -am test -Dtest='EdifactFuzzTest#theParserReturnsAModelOrTheDocumentedException'
 * </pre>
 * Findings are written next to this class under {@code EdifactFuzzTestInputs}; turn each into a
 * named test case and delete the generated {@code .cifuzz-corpus}. The body uses no assertion
 * library on purpose: class loading under Jazzer's instrumentation must not count as a hang.
 */
class EdifactFuzzTest {

    static Stream<Arguments> seeds() {
        return Stream.of(
                        TestInputs.sample("paxlst/gtas_Test3_d02b_split_part1.edi"),
                        TestInputs.sample("paxlst/gtas_apisMessage_d05b_2pax_multileg.edi"),
                        TestInputs.sample("paxlst/smooks_d03b_ace_emanifest_crew_1.edi"),
                        TestInputs.sample("pnrgov/gtas_3_pnrs.edi"),
                        TestInputs.sample("pnrgov/gtas_codeshare.edi"),
                        TestInputs.sample("pnrgov/gtas_pnrMessageExample.edi"),
                        TestInputs.sample("pnrgov/gtas_pnrWithDoco.edi"),
                        TestInputs.utf8(TestInputs.D05B_FAMILY),
                        TestInputs.utf8("UNA:+\\*'UNB+IATA:1+S+R+240101:1200+1'UNH+1+PNRGOV:11:1:IA'SRC'TIF+A+B:IN:1I'UNT+4+1'"),
                        TestInputs.utf8("UNA:+.? \u2019UNB+UNOA:4+S+R+240101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'NAD+FL'DOC+P'"),
                        TestInputs.utf8("UNA"),
                        TestInputs.utf8("UNB+'UNH+'UNT+'UNZ+'"),
                        TestInputs.utf8("UNA:::::'UNB:::'"),
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'U', 'N', 'B', '?'})
                .map(b -> Arguments.of((Object) b));
    }

    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    @MethodSource("seeds")
    @FuzzTest(maxDuration = "30s")
    void theSyntaxLayerReadsAnyBytesOrRejectsThem(byte[] data) {
        EdifactReader reader;
        try {
            reader = EdifactReader.open(data);
        } catch (UnparseableMessageException e) {
            check(e.reason() != null && !e.reason().isBlank(), "rejection without a reason");
            return;
        }
        int last = 0;
        for (Segment s = reader.next(); s != null; s = reader.next()) {
            check(s.position() == last + 1, "segment positions must be consecutive");
            last = s.position();
            for (int e = 0; e < 4; e++) {
                s.value(e, 0);
                s.value(e, 1, 1);
                s.repetitionCount(e);
                s.componentCount(e);
            }
            s.elementCount();
        }
        check(reader.next() == null, "a finished reader must stay finished");
    }

    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    @MethodSource("seeds")
    @FuzzTest(maxDuration = "30s")
    void theParserReturnsAModelOrTheDocumentedException(byte[] data) {
        Interchange ic;
        try {
            ic = TestInputs.STANDARD_PARSER.read(data);
        } catch (UnparseableMessageException e) {
            check(e.reason() != null && !e.reason().isBlank(), "rejection without a reason");
            check(!e.reason().startsWith("internal error"), "the parser's last-resort net fired: " + e.reason());
            return;
        }
        check(!ic.messages().isEmpty(), "an accepted interchange has at least one message");
        for (PassengerMessage m : ic.messages()) {
            check(m.messageDigest().length() == 64, "message digest");
            m.warnings().forEach(w -> check(!w.message().contains("could not be read"), "a mapper threw: " + w));
            for (Traveller t : m.travellers()) {
                check(t.dateOfBirth() != null && t.position() > 0, "traveller invariants");
            }
            m.flightKeys();
            m.departureDate();
            m.bookings().forEach(b -> b.isOneWay());
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
