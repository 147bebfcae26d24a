package org.safepassage.mrtd.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.mrtd.mrz.MrzSamples.lines;
import static org.safepassage.mrtd.mrz.MrzSamples.set;
import static org.safepassage.mrtd.mrz.MrzSamples.withCompositeRecomputed;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safepassage.mrtd.report.Check;
import org.safepassage.mrtd.report.CheckStatus;
import org.safepassage.mrtd.report.CheckIds;

/**
 * One wrong check digit in an otherwise correct MRZ must fail exactly the check that covers it, and the detail must
 * name the field with the expected and the printed digit. The composite digit is recomputed after each mutation so
 * that only the mutated check can fail.
 */
class MrzCheckDigitMutationTest {

    static final LocalDate REF = LocalDate.of(2026, 1, 15);

    /** sample, check id, field label in the detail, 1-based line, 1-based position of the check digit. */
    static Stream<Arguments> checkDigitPositions() {
        return Stream.of(
                Arguments.of(MrzSamples.TD3_ERIKSSON, CheckIds.MRZ_DOCUMENT_NUMBER, "document number", 2, 10),
                Arguments.of(MrzSamples.TD3_ERIKSSON, CheckIds.MRZ_DATE_OF_BIRTH, "date of birth", 2, 20),
                Arguments.of(MrzSamples.TD3_ERIKSSON, CheckIds.MRZ_DATE_OF_EXPIRY, "date of expiry", 2, 28),
                Arguments.of(MrzSamples.TD3_ERIKSSON, CheckIds.MRZ_OPTIONAL_DATA, "personal number", 2, 43),
                Arguments.of(MrzSamples.TD3_ERIKSSON, CheckIds.MRZ_COMPOSITE, "composite", 2, 44),
                Arguments.of(MrzSamples.TD3_MUSTERMANN, CheckIds.MRZ_DOCUMENT_NUMBER, "document number", 2, 10),
                Arguments.of(MrzSamples.TD3_MUSTERMANN, CheckIds.MRZ_COMPOSITE, "composite", 2, 44),
                Arguments.of(MrzSamples.TD2_ERIKSSON, CheckIds.MRZ_DOCUMENT_NUMBER, "document number", 2, 10),
                Arguments.of(MrzSamples.TD2_ERIKSSON, CheckIds.MRZ_DATE_OF_BIRTH, "date of birth", 2, 20),
                Arguments.of(MrzSamples.TD2_ERIKSSON, CheckIds.MRZ_DATE_OF_EXPIRY, "date of expiry", 2, 28),
                Arguments.of(MrzSamples.TD2_ERIKSSON, CheckIds.MRZ_COMPOSITE, "composite", 2, 36),
                Arguments.of(MrzSamples.TD2_LONG_DOCNO, CheckIds.MRZ_DOCUMENT_NUMBER, "document number", 2, 32),
                Arguments.of(MrzSamples.TD2_LONG_DOCNO, CheckIds.MRZ_COMPOSITE, "composite", 2, 36),
                Arguments.of(MrzSamples.TD1_ERIKSSON, CheckIds.MRZ_DOCUMENT_NUMBER, "document number", 1, 15),
                Arguments.of(MrzSamples.TD1_ERIKSSON, CheckIds.MRZ_DATE_OF_BIRTH, "date of birth", 2, 7),
                Arguments.of(MrzSamples.TD1_ERIKSSON, CheckIds.MRZ_DATE_OF_EXPIRY, "date of expiry", 2, 15),
                Arguments.of(MrzSamples.TD1_ERIKSSON, CheckIds.MRZ_COMPOSITE, "composite", 2, 30),
                Arguments.of(MrzSamples.TD1_LONG_DOCNO, CheckIds.MRZ_DOCUMENT_NUMBER, "document number", 1, 19),
                Arguments.of(MrzSamples.MRVA_ERIKSSON, CheckIds.MRZ_DOCUMENT_NUMBER, "document number", 2, 10),
                Arguments.of(MrzSamples.MRVA_ERIKSSON, CheckIds.MRZ_DATE_OF_BIRTH, "date of birth", 2, 20),
                Arguments.of(MrzSamples.MRVA_ERIKSSON, CheckIds.MRZ_DATE_OF_EXPIRY, "date of expiry", 2, 28),
                Arguments.of(MrzSamples.MRVB_ERIKSSON, CheckIds.MRZ_DOCUMENT_NUMBER, "document number", 2, 10),
                Arguments.of(MrzSamples.MRVB_ERIKSSON, CheckIds.MRZ_DATE_OF_BIRTH, "date of birth", 2, 20),
                Arguments.of(MrzSamples.MRVB_ERIKSSON, CheckIds.MRZ_DATE_OF_EXPIRY, "date of expiry", 2, 28),
                Arguments.of(MrzSamples.TD3_NLD_SPECIMEN, CheckIds.MRZ_OPTIONAL_DATA, "personal number", 2, 43),
                Arguments.of(MrzSamples.TD1_D_MUSTERMANN, CheckIds.MRZ_DOCUMENT_NUMBER, "document number", 1, 15),
                Arguments.of(MrzSamples.TD1_D_MUSTERMANN, CheckIds.MRZ_COMPOSITE, "composite", 2, 30));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("checkDigitPositions")
    void everyWrongDigitFailsExactlyThatCheckWithExpectedAndFound(String sample, String id, String label, int line,
                                                                  int position) {
        List<String> original = lines(sample);
        char printed = original.get(line - 1).charAt(position - 1);
        for (char wrong = '0'; wrong <= '9'; wrong++) {
            if (wrong == printed) {
                continue;
            }
            List<String> mutated = set(original, line, position, wrong);
            if (!id.equals(CheckIds.MRZ_COMPOSITE)) {
                mutated = withCompositeRecomputed(mutated);
            }
            MrzReading r = MrzReader.read(mutated, REF);

            assertThat(r.failures()).as("wrong digit %s", wrong).extracting(Check::id).containsExactly(id);
            assertThat(r.check(id).orElseThrow().detail())
                    .contains(label + " check digit: expected " + printed + ", found " + wrong);
            assertThat(r.data()).as("the fields are still returned").isNotNull();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("checkDigitPositions")
    void fillerWhereACheckDigitBelongsFails(String sample, String id, String label, int line, int position) {
        List<String> mutated = set(lines(sample), line, position, '<');
        if (!id.equals(CheckIds.MRZ_COMPOSITE)) {
            mutated = withCompositeRecomputed(mutated);
        }
        MrzReading r = MrzReader.read(mutated, REF);

        assertThat(r.failures()).extracting(Check::id).containsExactly(id);
        String detail = r.check(id).orElseThrow().detail();
        assertThat(detail).contains(label + " check digit: expected");
        boolean longNumberContinuation = (position == 32 || position == 19) && id.equals(CheckIds.MRZ_DOCUMENT_NUMBER);
        if (!longNumberContinuation) {
            assertThat(detail).contains("found '<'");
        } // else: "734<" reads as the number D2314589073 with check digit 4, which fails just the same
    }

    @Test
    void emptyPersonalNumberAcceptsZeroOrFillerButNoOtherDigit() {
        List<String> mustermann = lines(MrzSamples.TD3_MUSTERMANN);
        // '<' and '0' have the same value, so the composite is unchanged
        MrzReading zero = MrzReader.read(set(mustermann, 2, 43, '0'), REF);
        assertThat(zero.allPassed()).isTrue();
        assertThat(zero.check(CheckIds.MRZ_OPTIONAL_DATA).orElseThrow().status()).isEqualTo(CheckStatus.PASS);

        MrzReading five = MrzReader.read(withCompositeRecomputed(set(mustermann, 2, 43, '5')), REF);
        assertThat(five.failures()).extracting(Check::id).containsExactly(CheckIds.MRZ_OPTIONAL_DATA);
        assertThat(five.check(CheckIds.MRZ_OPTIONAL_DATA).orElseThrow().detail())
                .contains("personal number check digit: expected 0 or '<', found 5");
    }

    @Test
    void nonEmptyPersonalNumberWithFillerCheckDigitFails() {
        List<String> lines = withCompositeRecomputed(set(MrzBuilder.td3().optional("123456789").lines(), 2, 43, '<'));
        MrzReading r = MrzReader.read(lines, REF);

        assertThat(r.failures()).extracting(Check::id).containsExactly(CheckIds.MRZ_OPTIONAL_DATA);
        assertThat(r.check(CheckIds.MRZ_OPTIONAL_DATA).orElseThrow().detail())
                .contains("personal number check digit: expected")
                .contains("found '<'")
                .contains("only when the personal number is empty");
    }

    @Test
    void fillerDocumentNumberCheckDigitWithoutContinuationFails() {
        // full 9-character number, '<' check digit, but nothing continues in the (empty) optional data
        List<String> lines = withCompositeRecomputed(set(lines(MrzSamples.TD2_ERIKSSON), 2, 10, '<'));
        MrzReading r = MrzReader.read(lines, REF);

        assertThat(r.failures()).extracting(Check::id).containsExactly(CheckIds.MRZ_DOCUMENT_NUMBER);
        assertThat(r.check(CheckIds.MRZ_DOCUMENT_NUMBER).orElseThrow().detail())
                .contains("document number check digit: expected 7, found '<'")
                .contains("longer than 9 characters");
        assertThat(r.data().documentNumber()).isEqualTo("D23145890");
    }

    @Test
    void blankDocumentNumberFailsEvenWithAMatchingCheckDigit() {
        List<String> lines = withCompositeRecomputed(set(lines(MrzSamples.TD3_ERIKSSON), 2, 1, "<<<<<<<<<0"));
        MrzReading r = MrzReader.read(lines, REF);

        assertThat(r.failures()).extracting(Check::id).containsExactly(CheckIds.MRZ_DOCUMENT_NUMBER);
        assertThat(r.check(CheckIds.MRZ_DOCUMENT_NUMBER).orElseThrow().detail()).contains("document number is blank");
        assertThat(r.data().documentNumber()).isEmpty();
    }

    @Test
    void letterOInACheckDigitPositionIsReportedWithAnOcrHintButNotCorrected() {
        // the ICAO TD3 composite digit is 0: an OCR that reads it as the letter O must not pass
        MrzReading r = MrzReader.read(set(lines(MrzSamples.TD3_ERIKSSON), 2, 44, 'O'), REF);

        assertThat(r.failures()).extracting(Check::id).containsExactly(CheckIds.MRZ_COMPOSITE);
        assertThat(r.check(CheckIds.MRZ_COMPOSITE).orElseThrow().detail())
                .contains("composite check digit: expected 0, found 'O'")
                .contains("possibly a misread 0");
    }

    @Test
    void letterOReadForZeroInTheDocumentNumberIsPointedOut() {
        List<String> genuine = MrzBuilder.td3().number("AB0123456").lines();
        List<String> misread = withCompositeRecomputed(set(genuine, 2, 3, 'O'));
        MrzReading r = MrzReader.read(misread, REF);

        assertThat(r.failures()).extracting(Check::id).containsExactly(CheckIds.MRZ_DOCUMENT_NUMBER);
        assertThat(r.check(CheckIds.MRZ_DOCUMENT_NUMBER).orElseThrow().detail())
                .contains("document number check digit: expected")
                .contains("O/0 confusion");
        assertThat(r.data().documentNumber()).as("never silently fixed").isEqualTo("ABO123456");
    }

    @Test
    void wrongLongDocumentNumberCheckDigitNamesTheFullNumber() {
        List<String> mutated = withCompositeRecomputed(set(lines(MrzSamples.TD2_LONG_DOCNO), 2, 32, '3'));
        MrzReading r = MrzReader.read(mutated, REF);

        assertThat(r.failures()).extracting(Check::id).containsExactly(CheckIds.MRZ_DOCUMENT_NUMBER);
        assertThat(r.check(CheckIds.MRZ_DOCUMENT_NUMBER).orElseThrow().detail())
                .contains("document number check digit: expected 9, found 3")
                .contains("D23145890734");
    }
}
