package org.safepassage.ingest.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safepassage.ingest.edifact.TestInputs.utf8;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safepassage.manifest.model.ParseWarning;

/** The syntax layer, one real-world deviation per test. */
class EdifactReaderTest {

    private static EdifactReader open(String text) throws UnparseableMessageException {
        return EdifactReader.open(utf8(text));
    }

    private static List<String> tags(EdifactReader r) {
        return r.readAll().stream().map(Segment::tag).toList();
    }

    private static Segment segment(EdifactReader r, String tag) {
        return r.readAll().stream().filter(s -> s.tag().equals(tag)).findFirst().orElseThrow();
    }

    private static List<String> warnings(EdifactReader r) {
        return r.warnings().stream().map(ParseWarning::message).toList();
    }

    @Test
    void addressesElementsComponentsAndRepetitionsFromZero() throws Exception {
        EdifactReader r = open("UNB+UNOA:4+S+R+240101:1200+1'NAD+FL+++CLARK:MICHAEL:J'ATT+2++M*F'UNZ+0+1'");
        List<Segment> all = r.readAll();
        Segment nad = all.get(1);
        assertThat(nad.tag()).isEqualTo("NAD");
        assertThat(nad.position()).isEqualTo(2);
        assertThat(nad.value(0)).isEqualTo("FL");
        assertThat(nad.value(1)).isNull();
        assertThat(nad.value(3, 0)).isEqualTo("CLARK");
        assertThat(nad.value(3, 1)).isEqualTo("MICHAEL");
        assertThat(nad.value(3, 2)).isEqualTo("J");
        assertThat(nad.value(3, 3)).isNull();
        assertThat(nad.value(9, 0)).isNull();
        assertThat(nad.elementCount()).isEqualTo(4);
        assertThat(nad.componentCount(3)).isEqualTo(3);
        Segment att = all.get(2);
        assertThat(att.repetitionCount(2)).isEqualTo(2);
        assertThat(att.value(2, 0, 0)).isEqualTo("M");
        assertThat(att.value(2, 1, 0)).isEqualTo("F");
        assertThat(att.value(2, 2, 0)).isNull();
    }

    @Test
    void withoutUnaSyntax4UsesTheDefaultsAndStarAsRepetition() throws Exception {
        EdifactReader r = open("UNB+UNOA:4+S+R+240101:1200+1'ATT+2++M*M*M'UNZ+0+1'");
        assertThat(r.separators()).isEqualTo(Separators.DEFAULT_V4);
        assertThat(segment(r, "ATT").value(2)).isEqualTo("M");
    }

    @Test
    void withoutUnaSyntax3HasNoRepetitionSeparator() throws Exception {
        EdifactReader r = open("UNB+UNOA:3+S+R+240101:1200+1'FTX+AAA+++5*STAR'UNZ+0+1'");
        assertThat(r.separators()).isEqualTo(Separators.DEFAULT);
        assertThat(segment(r, "FTX").value(3)).isEqualTo("5*STAR");
    }

    @Test
    void aSpaceRepetitionSeparatorUnderSyntax4MeansNone() throws Exception {
        EdifactReader r = open("UNA:+.? 'UNB+UNOA:4+S+R+240101:1200+1'NAD+FL+++VAN DER BERG:ANNA MARIA'UNZ+0+1'");
        assertThat(r.separators().repetition()).isEqualTo(Separators.NONE);
        Segment nad = segment(r, "NAD");
        assertThat(nad.value(3, 0)).isEqualTo("VAN DER BERG");
        assertThat(nad.value(3, 1)).isEqualTo("ANNA MARIA");
    }

    @Test
    void theReleaseCharacterEscapesSeparatorsAndItself() throws Exception {
        EdifactReader r = open("UNA:+.? 'UNB+UNOA:4+S+R+240101:1200+1'NAD+FL+++O?'NEILL:A?:B?+C??D'UNZ+0+1'");
        Segment nad = segment(r, "NAD");
        assertThat(nad.value(3, 0)).isEqualTo("O'NEILL");
        assertThat(nad.value(3, 1)).isEqualTo("A:B+C?D");
        assertThat(nad.componentCount(3)).isEqualTo(2);
    }

    @Test
    void crlfAndNoLineBreaksReadTheSame() throws Exception {
        String oneLine = "UNB+UNOA:4+S+R+240101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+1'UNZ+1+1'";
        String crlf = oneLine.replace("'", "'\r\n");
        String lf = oneLine.replace("'", "'\n");
        assertThat(tags(open(crlf))).isEqualTo(tags(open(oneLine))).isEqualTo(tags(open(lf)))
                .containsExactly("UNB", "UNH", "BGM", "UNT", "UNZ");
    }

    @Test
    void leadingSpacesOnEveryLineAreIgnored() throws Exception {
        EdifactReader r = open(" UNA:+.?*'\n UNB+UNOA:4+S+R+240101:1200+1'\n   NAD+FL+++CLARK:MICHAEL'\n UNZ+0+1'\n");
        assertThat(tags(r)).containsExactly("UNB", "NAD", "UNZ");
    }

    @Test
    void segmentsWrappedAcrossLinesAreJoined() throws Exception {
        EdifactReader r = open("UNB+IATA:1+S+R+240101:1200+1'\nTXD++99.99::S\nGD:OP+12.00::SGD:AU'\nUNZ+0+1'");
        Segment txd = segment(r, "TXD");
        assertThat(txd.value(1, 2)).isEqualTo("SGD");
        assertThat(txd.value(1, 3)).isEqualTo("OP");
        assertThat(txd.value(2, 0)).isEqualTo("12.00");
    }

    @Test
    void aSpaceBetweenTagAndSeparatorIsIgnored() throws Exception {
        EdifactReader r = open("UNB+UNOA:4+S+R+240101:1200+1'NAD +FL+++CLARK'DTM :329'UNZ+0+1'");
        List<Segment> all = r.readAll();
        assertThat(all.get(1).tag()).isEqualTo("NAD");
        assertThat(all.get(1).value(0)).isEqualTo("FL");
        assertThat(all.get(2).tag()).isEqualTo("DTM");
    }

    @Test
    void junkAfterUnzIsReportedAndNotRead() throws Exception {
        EdifactReader r = open("UNB+UNOA:4+S+R+240101:1200+1'UNZ+0+1'\r\n\u001a garbage NAD+FL+++X'");
        assertThat(tags(r)).containsExactly("UNB", "UNZ");
        assertThat(warnings(r)).anyMatch(w -> w.contains("after UNZ were ignored"));
    }

    @Test
    void textBeforeTheHeaderIsSkippedWithAWarning() throws Exception {
        EdifactReader r = open("ZCZC 0123 QU SAFEPASSAGE\r\nUNB+UNOA:4+S+R+240101:1200+1'UNZ+0+1'");
        assertThat(tags(r)).containsExactly("UNB", "UNZ");
        assertThat(warnings(r)).anyMatch(w -> w.contains("before the interchange header were ignored"));
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsIso88591() throws Exception {
        byte[] raw = "UNB+UNOA:4+S+R+240101:1200+1'NAD+FL+++M\u00dcLLER'UNZ+0+1'".getBytes(StandardCharsets.ISO_8859_1);
        EdifactReader r = EdifactReader.open(raw);
        assertThat(r.charset()).isEqualTo("ISO-8859-1");
        assertThat(segment(r, "NAD").value(3)).isEqualTo("M\u00dcLLER");
        assertThat(warnings(r)).anyMatch(w -> w.contains("not valid UTF-8"));
    }

    @Test
    void validUtf8OutsideUnoaIsKeptAsIs() throws Exception {
        EdifactReader r = open("UNB+UNOA:4+S+R+240101:1200+1'NAD+FL+++\u00c5NGSTR\u00d6M:\u0141UKASZ'UNZ+0+1'");
        assertThat(r.charset()).isEqualTo("UTF-8");
        assertThat(r.warnings()).isEmpty();
        Segment nad = segment(r, "NAD");
        assertThat(nad.value(3, 0)).isEqualTo("\u00c5NGSTR\u00d6M");
        assertThat(nad.value(3, 1)).isEqualTo("\u0141UKASZ");
    }

    @Test
    void aUnaCutShortIsCompletedFromTheBody() throws Exception {
        // codeshare sample: UNA:+\*' (no decimal mark), release '\', repetition '*'
        EdifactReader r = open("UNA:+\\*'\nUNB+IATA:1+1A+KRC+130527:0754+0003'\nLTS+0/O/SS/LK \\*1A/E\\* /KE'\nUNZ+0+0003'");
        assertThat(r.separators().release()).isEqualTo('\\');
        assertThat(r.separators().repetition()).isEqualTo('*');
        assertThat(r.separators().terminator()).isEqualTo('\'');
        assertThat(segment(r, "LTS").value(0)).isEqualTo("0/O/SS/LK *1A/E* /KE");
        assertThat(warnings(r)).anyMatch(w -> w.contains("UNA is cut short"));
    }

    @Test
    void aUnaThatDeclaresATerminatorTheBodyDoesNotUseIsOverruled() throws Exception {
        // UNA declares a typographic apostrophe; the body ends segments with '
        EdifactReader r = open("UNA:+.? \u2019UNB+UNOA:4+S+R+240101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+1'UNZ+1+1'");
        assertThat(r.separators().terminator()).isEqualTo('\'');
        assertThat(tags(r)).containsExactly("UNB", "UNH", "BGM", "UNT", "UNZ");
        assertThat(warnings(r)).anyMatch(w -> w.contains("the body ends segments with \"'\""));
    }

    @Test
    void aUnaThatDeclaresAnotherElementSeparatorIsOverruledByUnb() throws Exception {
        EdifactReader r = open("UNA:*.? 'UNB+UNOA:4+S+R+240101:1200+1'NAD+FL+++A:B'UNZ+0+1'");
        assertThat(r.separators().element()).isEqualTo('+');
        assertThat(r.separators().component()).isEqualTo(':');
        assertThat(segment(r, "NAD").value(3, 1)).isEqualTo("B");
    }

    @Test
    void unusualButConsistentSeparatorsAreHonoured() throws Exception {
        // the "UNA:*.? $" style: element '*', terminator '$'
        EdifactReader r = open("UNA:*.? $UNB*UNOA:4*S*R*240101:1200*1$NAD*FL***A:B$UNZ*0*1$");
        assertThat(r.separators().element()).isEqualTo('*');
        assertThat(r.separators().terminator()).isEqualTo('$');
        assertThat(segment(r, "NAD").value(3, 1)).isEqualTo("B");
    }

    @Test
    void aTruncatedLastSegmentIsDroppedWithAWarning() throws Exception {
        EdifactReader r = open("UNB+UNOA:4+S+R+240101:1200+1'NAD+FL+++CLARK'DOC+P+X12");
        assertThat(tags(r)).containsExactly("UNB", "NAD");
        assertThat(warnings(r)).anyMatch(w -> w.contains("ends inside this segment"));
    }

    @Test
    void aMissingTerminatorAfterUnzIsAccepted() throws Exception {
        EdifactReader r = open("UNB+UNOA:4+S+R+240101:1200+1'UNZ+0+1");
        assertThat(tags(r)).containsExactly("UNB", "UNZ");
    }

    @Test
    void emptyGarbageAndBinaryInputsAreRejected() {
        assertThatThrownBy(() -> EdifactReader.open(new byte[0]))
                .isInstanceOf(UnparseableMessageException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> open("Dear customs, please find the passenger list attached."))
                .isInstanceOf(UnparseableMessageException.class).hasMessageContaining("no interchange header");
        byte[] binary = new byte[2048];
        new java.util.Random(7).nextBytes(binary);
        assertThatThrownBy(() -> EdifactReader.open(binary))
                .isInstanceOf(UnparseableMessageException.class).hasMessageContaining("binary");
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES) // a hang only
    void fiftyMegabytesAreReadInOnePassWithoutBlowingUp() throws Exception {
        StringBuilder sb = new StringBuilder(52 << 20);
        sb.append("UNB+UNOA:4+S+R+240101:1200+1'");
        String filler = "FTX+AAA+++THIS IS A LONG FREE TEXT LINE TO FILL THE INTERCHANGE UP TO FIFTY MEGABYTES'\n";
        while (sb.length() < 50 << 20) {
            sb.append(filler);
        }
        sb.append("UNZ+0+1'");
        byte[] raw = utf8(sb.toString());
        EdifactReader r = EdifactReader.open(raw);
        int n = 0;
        for (Segment s = r.next(); s != null; s = r.next()) {
            n++;
        }
        assertThat(n).isGreaterThan(500_000);
    }

    @Test
    void oneGiganticSegmentIsSkippedNotMaterialised() throws Exception {
        StringBuilder sb = new StringBuilder("UNB+UNOA:4+S+R+240101:1200+1'FTX+");
        sb.append("+".repeat(3 << 20));
        sb.append("'UNZ+0+1'");
        EdifactReader r = open(sb.toString());
        assertThat(tags(r)).containsExactly("UNB", "UNZ");
        assertThat(warnings(r)).anyMatch(w -> w.contains("was skipped"));
    }

    @Test
    void toStringOfASegmentShowsNoValues() throws Exception {
        Segment nad = segment(open("UNB+UNOA:4+S+R+240101:1200+1'NAD+FL+++CLARK:MICHAEL'UNZ+0+1'"), "NAD");
        assertThat(nad.toString()).isEqualTo("NAD@2").doesNotContain("CLARK");
    }
}
