package org.safepassage.ingest.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safepassage.ingest.edifact.TestInputs.D05B_FAMILY;
import static org.safepassage.ingest.edifact.TestInputs.STANDARD_PARSER;
import static org.safepassage.ingest.edifact.TestInputs.only;
import static org.safepassage.ingest.edifact.TestInputs.parse;
import static org.safepassage.ingest.edifact.TestInputs.utf8;
import static org.safepassage.ingest.edifact.TestInputs.warningTexts;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.safepassage.ingest.EdifactParserConfig;
import org.safepassage.manifest.model.DeclaredCounts;
import org.safepassage.manifest.model.Interchange;
import org.safepassage.manifest.model.ListType;
import org.safepassage.manifest.model.PassengerMessage;
import org.safepassage.manifest.model.SourceKind;

/** The entry point: detection, envelope, control counts, rejection reasons. */
class PassengerMessageParserTest {

    @Test
    void aCleanListParsesWithoutWarnings() {
        PassengerMessage m = only(parse(D05B_FAMILY));
        assertThat(m.warnings()).isEmpty();
        assertThat(m.kind()).isEqualTo(SourceKind.PAXLST);
        assertThat(m.counts().segments()).isEqualTo(43);
        assertThat(m.counts().segmentsCounted()).isEqualTo(43);
    }

    @Test
    void theEnvelopeIdentifiesTheInterchangeAndItsBytes() throws Exception {
        byte[] raw = utf8(D05B_FAMILY);
        Interchange ic = parse(raw);
        assertThat(ic.envelope().sender().id()).isEqualTo("TESTAIR");
        assertThat(ic.envelope().sender().qualifier()).isEqualTo("ZZ");
        assertThat(ic.envelope().controlReference()).isEqualTo("IC0001");
        assertThat(ic.envelope().applicationReference()).isEqualTo("APIS");
        assertThat(ic.envelope().preparedAt()).hasToString("2024-03-01T08:15");
        assertThat(ic.envelope().syntax().identifier()).isEqualTo("UNOA");
        assertThat(ic.envelope().syntax().version()).isEqualTo("4");
        assertThat(ic.envelope().syntax().serviceCharacters()).isEqualTo(":+.? '");
        assertThat(ic.envelope().contentDigest()).isEqualTo(HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(raw)));
        assertThat(ic.envelope().sizeBytes()).isEqualTo(raw.length);
        assertThat(ic.declaredMessageCount()).isEqualTo(1);
    }

    @Test
    void theSameMessageResentWithOtherLineBreaksAndEnvelopeHasTheSameMessageDigest() {
        PassengerMessage first = only(parse(D05B_FAMILY));
        PassengerMessage resent = only(parse(D05B_FAMILY.replace("\n", "\r\n").replace("IC0001", "IC0002")));
        assertThat(resent.envelope().contentDigest()).isNotEqualTo(first.envelope().contentDigest());
        assertThat(resent.messageDigest()).isEqualTo(first.messageDigest());
        PassengerMessage changed = only(parse(D05B_FAMILY.replace("X0000002", "X0000003")));
        assertThat(changed.messageDigest()).isNotEqualTo(first.messageDigest());
    }

    @Test
    void wrongControlCountsAreWarningsNotRejections() {
        String wrong = D05B_FAMILY.replace("UNT+43+M1", "UNT+99+M1").replace("CNT+42:3", "CNT+42:5")
                .replace("UNE+1+1", "UNE+2+1").replace("UNZ+1+IC0001", "UNZ+3+IC0009");
        PassengerMessage m = only(parse(wrong));
        assertThat(m.travellers()).hasSize(4);
        assertThat(warningTexts(m)).anySatisfy(w -> assertThat(w).contains("UNT declares 99 segments but the message has 43"))
                .anySatisfy(w -> assertThat(w).contains("CNT+42 passenger total is 5 but the message lists 3"))
                .anySatisfy(w -> assertThat(w).contains("UNE message count is 2 but 1 were found"))
                .anySatisfy(w -> assertThat(w).contains("UNZ group count is 3 but 1 were found"))
                .anySatisfy(w -> assertThat(w).contains("UNZ control reference does not match UNB"));
        assertThat(m.counts().segments()).isEqualTo(99);
        assertThat(m.counts().passengers()).isEqualTo(5);
    }

    @Test
    void oneInterchangeCanHoldSeveralMessagesOfBothKinds() {
        String two = "UNB+UNOA:4+S+R+240301:0815+IC9'"
                + "UNH+A1+PAXLST:D:05B:UN:IATA'BGM+745'TDT+20+XY42'LOC+125+ZRH'DTM+189:240301:101'NAD+FL+++ONE:A'UNT+7+A1'"
                + "UNH+B1+PNRGOV:13:1:IA'MSG+:22'TVL+010324:1030+ZRH+LIS+XY+42'EQN+1'SRC'RCI+XY:ABC123'TIF+TWO+B:A:1'UNT+8+B1'"
                + "UNZ+2+IC9'";
        Interchange ic = parse(two);
        assertThat(ic.messages()).extracting(PassengerMessage::kind).containsExactly(SourceKind.PAXLST, SourceKind.PNRGOV);
        assertThat(ic.messages()).allSatisfy(m -> assertThat(m.warnings()).isEmpty());
        assertThat(ic.messages().get(0).flightKeys()).isEqualTo(ic.messages().get(1).flightKeys());
    }

    @Test
    void eachMessageGoesToTheMapperTheCallerChoseForItsType() throws Exception {
        List<String> handedOver = new ArrayList<>();
        MapperFactory recording = context -> new MessageMapper() {
            @Override
            public void segment(Segment segment) {
                handedOver.add(segment.tag() + "@" + segment.position());
            }

            @Override
            public PassengerMessage finish(MessageTrailer trailer) {
                MessageHeader h = context.header();
                return new PassengerMessage(SourceKind.PNRGOV, context.envelope(), h.segmentPosition(), h.reference(),
                        h.type(), h.version(), null, null, ListType.PNR, null, null, false, null, null,
                        new DeclaredCounts(null, null, null, trailer.declaredSegments(), trailer.countedSegments()),
                        null, null, null, context.warnings().snapshot(), trailer.digest());
            }
        };
        PassengerMessageParser pnrgovOnly = new PassengerMessageParser(ParseOptions.defaults(), Map.of("pnrgov", recording));
        String two = "UNB+UNOA:4+S+R+240301:0815+IC9'"
                + "UNH+A1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+FL+++ONE:A'UNT+4+A1'"
                + "UNH+B1+PNRGOV:13:1:IA'MSG+:22'SRC'TIF+TWO+B:A:1'UNT+5+B1'"
                + "UNZ+2+IC9'";
        Interchange ic = pnrgovOnly.read(utf8(two));
        assertThat(handedOver).containsExactly("MSG@7", "SRC@8", "TIF@9");
        PassengerMessage m = only(ic);
        assertThat(m.messageType()).isEqualTo("PNRGOV");
        assertThat(m.counts().segmentsCounted()).isEqualTo(5);
        assertThat(warningTexts(m)).containsExactly("segment 2 (UNH): message type PAXLST is not PNRGOV; the message was skipped");
        assertThatThrownBy(() -> pnrgovOnly.read(utf8(two.replace("PNRGOV:13", "CUSRES:13"))))
                .isInstanceOf(UnparseableMessageException.class)
                .hasMessageContaining("no PNRGOV message (found PAXLST, CUSRES)");
    }

    @Test
    void aMessageTruncatedBeforeUntIsAcceptedAsIncomplete() {
        String cut = D05B_FAMILY.substring(0, D05B_FAMILY.indexOf("NAD+FM"));
        PassengerMessage m = only(parse(cut));
        assertThat(m.travellers()).hasSize(3);
        assertThat(warningTexts(m)).anySatisfy(w -> assertThat(w).contains("the message has no UNT"))
                .anySatisfy(w -> assertThat(w).contains("no UNZ"));
    }

    @Test
    void inputThatIsNotAnInterchangeIsRejectedWithAReason() {
        assertThatThrownBy(() -> STANDARD_PARSER.read(new byte[0]))
                .isInstanceOf(UnparseableMessageException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> STANDARD_PARSER.read(utf8("%PDF-1.7 not a passenger list")))
                .isInstanceOf(UnparseableMessageException.class).hasMessageContaining("no interchange header (UNB)")
                .hasMessageEndingWith("; this is not a PAXLST/PNRGOV interchange");
        byte[] binary = new byte[4096];
        new Random(1).nextBytes(binary);
        assertThatThrownBy(() -> STANDARD_PARSER.read(binary))
                .isInstanceOf(UnparseableMessageException.class).hasMessageContaining("binary");
    }

    @Test
    void aMessageWithoutUnbIsRejected() {
        assertThatThrownBy(() -> STANDARD_PARSER.read(utf8("UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+2+1'")))
                .isInstanceOf(UnparseableMessageException.class).hasMessageContaining("no interchange header (UNB)");
        assertThatThrownBy(() -> STANDARD_PARSER.read(utf8("UNA:+.? 'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+2+1'")))
                .isInstanceOf(UnparseableMessageException.class).hasMessageContaining("does not start with UNB");
    }

    @Test
    void anInterchangeTruncatedBeforeAnyMessageIsRejected() {
        String cut = D05B_FAMILY.substring(0, D05B_FAMILY.indexOf("UNH"));
        assertThatThrownBy(() -> STANDARD_PARSER.read(utf8(cut)))
                .isInstanceOf(UnparseableMessageException.class)
                .hasMessageContaining("holds no message")
                .hasMessageContaining("truncated");
    }

    @Test
    void anInterchangeWithOnlyOtherMessageTypesIsRejectedNamingThem() {
        String cusres = "UNB+UNOA:4+S+R+240301:0815+1'UNH+1+CUSRES:D:05B:UN'BGM+962'UNT+3+1'UNZ+1+1'";
        assertThatThrownBy(() -> STANDARD_PARSER.read(utf8(cusres)))
                .isInstanceOf(UnparseableMessageException.class)
                .hasMessageContaining("no PAXLST or PNRGOV message (found CUSRES)");
    }

    @Test
    void rejectionReasonsCarryNoPersonalData() {
        String noMessage = "UNB+UNOA:4+S+R+240301:0815+1'NAD+FL+++SECRETSURNAME:GIVEN'DOC+P+X9999999'UNZ+0+1'";
        assertThatThrownBy(() -> STANDARD_PARSER.read(utf8(noMessage)))
                .isInstanceOf(UnparseableMessageException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRETSURNAME").doesNotContain("X9999999"));
    }

    @Test
    void warningsCarryNoPersonalData() {
        String bad = D05B_FAMILY.replace("DTM+329:850214", "DTM+329:850231").replace("DTM+36:291231", "DTM+36:29AB31")
                .replace("ATT+2++F", "ATT+2++Q");
        PassengerMessage m = only(parse(bad));
        assertThat(m.warnings()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(warningTexts(m)).allSatisfy(w -> assertThat(w)
                .doesNotContain("EXAMPLE").doesNotContain("ANNA").doesNotContain("850231")
                .doesNotContain("X0000001").doesNotContain("29AB31"));
    }

    @Test
    void aNameShiftedIntoAQualifierDoesNotReachTheWarnings() {
        PassengerMessage m = only(parse(D05B_FAMILY.replace("NAD+FL+++SAMPLE:NOAH'", "NAD+SAMPLE+++NOAH'")
                .replace("LOC+179+LIS'", "LOC+SAMPLE+LIS'")));
        assertThat(warningTexts(m)).isNotEmpty().allSatisfy(w -> assertThat(w).doesNotContain("SAMPLE"));
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES) // a hang only
    void fiftyMegabytesOfUnknownSegmentsKeepABoundedWarningList() {
        StringBuilder sb = new StringBuilder(D05B_FAMILY.substring(0, D05B_FAMILY.indexOf("CNT+42")));
        java.util.Random r = new java.util.Random(3);
        while (sb.length() < 50 << 20) {
            sb.append("Q").append(Integer.toString(r.nextInt(1 << 30), 36)).append("+FREE TEXT THAT IS NOT A SEGMENT'\n");
        }
        sb.append("UNT+5+M1'UNZ+1+IC0001'");
        PassengerMessage m = only(parse(sb.toString()));
        assertThat(m.travellers()).hasSize(4);
        assertThat(m.warnings()).hasSizeLessThanOrEqualTo(ParseOptions.defaults().maxWarningsPerMessage() + 2);
        assertThat(m.warnings().get(m.warnings().size() - 1).message()).contains("further warnings were not recorded");
    }

    @Test
    void changeCodesAreConfiguration() {
        String cp = D05B_FAMILY.replace("BGM+745'", "BGM+745+CP'");
        assertThat(only(parse(cp)).change()).isTrue();
        String xx = D05B_FAMILY.replace("BGM+745'", "BGM+745+XR'");
        assertThat(only(parse(xx)).change()).isFalse();
        ParseOptions options = ParseOptions.defaults().withChangeCodes(java.util.Set.of("XR", "CP"));
        try {
            assertThat(only(EdifactParserConfig.standardParser(options).read(utf8(xx))).change()).isTrue();
        } catch (UnparseableMessageException e) {
            throw new AssertionError(e);
        }
    }
}
