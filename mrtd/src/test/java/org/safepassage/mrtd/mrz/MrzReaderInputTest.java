package org.safepassage.mrtd.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.safepassage.mrtd.mrz.MrzSamples.lines;
import static org.safepassage.mrtd.mrz.MrzSamples.set;
import static org.safepassage.mrtd.mrz.MrzSamples.text;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safepassage.mrtd.report.Check;
import org.safepassage.mrtd.report.CheckStatus;
import org.safepassage.mrtd.report.CheckIds;

/** What the reader does with text that is not a clean MRZ: it reports, it never throws, it never "fixes". */
class MrzReaderInputTest {

    static final LocalDate REF = LocalDate.of(2026, 1, 15);
    static final String TD3_L1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    static final String TD3_L2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    /** Asserts the reading is a "not an MRZ" FAIL with every other check skipped, and returns the format detail. */
    static String assertNotMrz(MrzReading r) {
        assertThat(r.data()).isNull();
        assertThat(r.allPassed()).isFalse();
        assertThat(r.checks()).extracting(Check::id).containsExactlyElementsOf(CheckIds.MRZ);
        assertThat(r.checks().get(0).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.checks().subList(1, 6)).extracting(Check::status).containsOnly(CheckStatus.SKIPPED);
        return r.checks().get(0).detail();
    }

    @Test
    void nullInputIsAFormatFailure() {
        assertThat(assertNotMrz(MrzReader.read((String) null, REF))).contains("null");
        assertThat(assertNotMrz(MrzReader.read((String) null))).contains("null");
        assertThat(assertNotMrz(MrzReader.read((List<String>) null, REF))).contains("null");
        assertThat(assertNotMrz(MrzReader.read(Arrays.asList(TD3_L1, null), REF))).contains("line 2 is null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n", "\r\n\r\n", " \t \n "})
    void emptyInputIsAFormatFailure(String text) {
        assertThat(assertNotMrz(MrzReader.read(text, REF))).contains("empty");
        assertThat(MrzReader.read(text, REF).format()).isNull();
    }

    @Test
    void emptyLineListIsAFormatFailure() {
        assertThat(assertNotMrz(MrzReader.read(List.of(), REF))).contains("empty");
        assertThat(assertNotMrz(MrzReader.read(List.of("", "  "), REF))).contains("empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello world", "PASSPORT", "<<<<<<<<<<", "P<UTOERIKSSON", "12345678901234567890",
            "{\"mrz\": \"P<UTO\"}", "SELECT * FROM passports"})
    void garbageIsAFormatFailure(String text) {
        MrzReading r = MrzReader.read(text, REF);
        assertThat(assertNotMrz(r)).startsWith("not an MRZ");
        assertThat(r.format()).isNull();
    }

    @Test
    void wrongLineLengthsAreNamed() {
        String detail = assertNotMrz(MrzReader.read(TD3_L1 + "\n" + TD3_L2.substring(1), REF));
        assertThat(detail).contains("2 lines of 44 and 43 characters").contains("line 2 has 43 instead of 44");

        String extra = assertNotMrz(MrzReader.read(TD3_L1 + "<\n" + TD3_L2, REF));
        assertThat(extra).contains("line 1 has 45 instead of 44");
    }

    @Test
    void mixedLayoutsAndWrongLineCountsAreFormatFailures() {
        List<String> td1 = lines(MrzSamples.TD1_ERIKSSON);
        assertNotMrz(MrzReader.read(List.of(TD3_L1, TD3_L2, TD3_L1), REF));
        assertNotMrz(MrzReader.read(List.of(td1.get(0), td1.get(1)), REF));
        assertNotMrz(MrzReader.read(List.of(TD3_L1), REF));
        assertNotMrz(MrzReader.read(List.of(TD3_L1, lines(MrzSamples.TD2_ERIKSSON).get(1)), REF));
        assertNotMrz(MrzReader.read(List.of(td1.get(0), td1.get(1), td1.get(2), td1.get(2)), REF));
    }

    @Test
    void lowercaseMrzIsNotSilentlyUppercased() {
        MrzReading r = MrzReader.read(text(MrzSamples.TD3_ERIKSSON).toLowerCase(), REF);

        assertThat(assertNotMrz(r)).contains("lowercase letter 'p' at line 1, position 1")
                .as("the detail still names the layout the line lengths suggest").contains("TD3");
        assertThat(r.format()).isNull();
    }

    @Test
    void singleLowercaseLetterIsEnough() {
        MrzReading r = MrzReader.read(set(lines(MrzSamples.TD3_ERIKSSON), 1, 7, 'r'), REF);
        assertThat(assertNotMrz(r)).contains("lowercase letter 'r' at line 1, position 7");
    }

    @Test
    void spacesInsteadOfFillersAreIllegalCharacters() {
        String spaced = TD3_L1.replace('<', ' ') + "\n" + TD3_L2;
        assertThat(assertNotMrz(MrzReader.read(spaced, REF))).contains("space at line 1, position 2");
    }

    @Test
    void illegalCharactersAreNamedWithTheirPosition() {
        assertThat(assertNotMrz(MrzReader.read(set(lines(MrzSamples.TD3_ERIKSSON), 2, 5, '\u00C9'), REF)))
                .contains("'\u00C9' (U+00C9) at line 2, position 5");
        assertThat(assertNotMrz(MrzReader.read(set(lines(MrzSamples.TD3_ERIKSSON), 2, 5, '\u0000'), REF)))
                .contains("U+0000 at line 2, position 5");
        assertThat(assertNotMrz(MrzReader.read(set(lines(MrzSamples.TD3_ERIKSSON), 1, 15, '\u00AB'), REF)))
                .contains("U+00AB");
        assertThat(assertNotMrz(MrzReader.read(set(lines(MrzSamples.TD3_ERIKSSON), 1, 15, '-'), REF)))
                .contains("'-' at line 1, position 15");
    }

    @Test
    void binaryInputIsAFormatFailure() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            String asLatin1 = new String(bytes, StandardCharsets.ISO_8859_1);
            String asUtf8 = new String(bytes, StandardCharsets.UTF_8);
            assertNotMrz(MrzReader.read(asLatin1, REF));
            assertNotMrz(MrzReader.read(asUtf8, REF));
        }
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES) // catches a hang only: the rejection reads no more than the length
    void hugeInputIsRejectedBeforeItIsRead() {
        String huge = "P<UTO" + "<".repeat(5_000_000);
        assertThat(assertNotMrz(MrzReader.read(huge, REF))).contains("too long");
        assertThat(assertNotMrz(MrzReader.read(List.of(huge), REF))).contains("too long");
        assertThat(assertNotMrz(MrzReader.read(Collections.nCopies(1_000_000, TD3_L1), REF))).contains("lines");
    }

    @Test
    void surroundingWhitespaceCrlfAndBlankLinesAreAccepted() {
        String messy = "\r\n   " + TD3_L1 + "  \r\n\r\n\t" + TD3_L2 + " \r\n\n";
        MrzReading r = MrzReader.read(messy, REF);
        assertThat(r.allPassed()).isTrue();
        assertThat(r.format()).isEqualTo(MrzFormat.TD3);
        assertThat(MrzReader.read(TD3_L1 + "\r" + TD3_L2, REF).allPassed()).isTrue();
    }

    @Test
    void leadingByteOrderMarkFromATextFileIsIgnored() {
        assertThat(MrzReader.read("\uFEFF" + TD3_L1 + "\n" + TD3_L2, REF).allPassed()).isTrue();
    }

    @Test
    void concatenatedMrzAsStoredInDg1IsAccepted() {
        MrzReading r = MrzReader.read(TD3_L1 + TD3_L2, REF);
        assertThat(r.format()).isEqualTo(MrzFormat.TD3);
        assertThat(r.allPassed()).isTrue();
        assertThat(r.check(CheckIds.MRZ_FORMAT).orElseThrow().detail())
                .contains("one line of 88 characters read as 2 lines of 44");
    }

    @Test
    void frenchPre2021IdentityCardIsNamedAndNotMisreadAsTd2() {
        // generated identity in the French national ID layout: no nationality field in line 2
        String l1 = "IDFRADUPONT<<<<<<<<<<<<<<<<<<<<<<<<<";
        String l2 = "880692310285JEAN<<<<<<<<<<6501011M26";
        assertThat(l1).hasSize(36);
        assertThat(l2).hasSize(36);
        MrzReading r = MrzReader.read(l1 + "\n" + l2, REF);
        assertThat(assertNotMrz(r)).contains("French national identity card");
        assertThat(r.format()).isNull();
    }

    @Test
    void digitInTheIssuingStateFailsTheFormatCheckWithAnOHint() {
        MrzReading r = MrzReader.read(set(lines(MrzSamples.TD3_ERIKSSON), 1, 5, '0'), REF);

        assertThat(r.data()).isNotNull();
        assertThat(r.data().issuingState()).as("not corrected").isEqualTo("UT0");
        assertThat(r.failures()).extracting(Check::id).containsExactly(CheckIds.MRZ_FORMAT);
        assertThat(r.check(CheckIds.MRZ_FORMAT).orElseThrow().detail())
                .contains("issuing state 'UT0' contains the digit '0'").contains("misread letter O");
    }

    @Test
    void digitInTheNameFailsTheFormatCheck() {
        MrzReading r = MrzReader.read(set(lines(MrzSamples.TD3_ERIKSSON), 1, 12, '0'), REF);
        assertThat(r.failures()).extracting(Check::id).containsExactly(CheckIds.MRZ_FORMAT);
        assertThat(r.check(CheckIds.MRZ_FORMAT).orElseThrow().detail())
                .contains("name contains the digit '0' at line 1, position 12");
    }

    @Test
    void unknownSexCharacterFailsTheFormatCheck() {
        List<String> lines = set(lines(MrzSamples.TD3_ERIKSSON), 2, 21, 'Q');
        MrzReading r = MrzReader.read(MrzSamples.withCompositeRecomputed(lines), REF);
        assertThat(r.failures()).extracting(Check::id).containsExactly(CheckIds.MRZ_FORMAT);
        assertThat(r.check(CheckIds.MRZ_FORMAT).orElseThrow().detail()).contains("sex 'Q'");
        assertThat(r.data().sex()).isNull();
    }

    @Test
    void unspecifiedSexIsX() {
        MrzBuilder b = MrzBuilder.td3();
        b.sex = '<';
        assertThat(MrzReader.read(b.text(), REF).data().sex()).isEqualTo("X");
        b.sex = 'X';
        MrzReading x = MrzReader.read(b.text(), REF);
        assertThat(x.data().sex()).isEqualTo("X");
        assertThat(x.allPassed()).isTrue();
    }

    @Test
    void documentCodeMustStartWithALetterAndIsCheckedAgainstTheLayout() {
        MrzReading filler = MrzReader.read(set(lines(MrzSamples.TD3_ERIKSSON), 1, 1, '<'), REF);
        assertThat(filler.failures()).extracting(Check::id).containsExactly(CheckIds.MRZ_FORMAT);
        assertThat(filler.check(CheckIds.MRZ_FORMAT).orElseThrow().detail()).contains("does not start with a letter");

        MrzBuilder b = MrzBuilder.td3();
        b.documentCode = "X<";
        MrzReading unusual = MrzReader.read(b.text(), REF);
        assertThat(unusual.allPassed()).isTrue();
        assertThat(unusual.check(CheckIds.MRZ_FORMAT).orElseThrow().status()).isEqualTo(CheckStatus.WARN);
        assertThat(unusual.check(CheckIds.MRZ_FORMAT).orElseThrow().detail()).contains("unusual for TD3");

        MrzBuilder pd = MrzBuilder.td3();
        pd.documentCode = "PD";
        assertThat(MrzReader.read(pd.text(), REF).check(CheckIds.MRZ_FORMAT).orElseThrow().status())
                .isEqualTo(CheckStatus.PASS);
        assertThat(MrzReader.read(pd.text(), REF).data().documentCode()).isEqualTo("PD");
    }

    @Test
    void blankIssuingStateFailsButStatelessNationalityAndGermanCodeAreFine() {
        MrzBuilder blank = MrzBuilder.td3();
        blank.issuingState = "<<<";
        Check format = MrzReader.read(blank.text(), REF).check(CheckIds.MRZ_FORMAT).orElseThrow();
        assertThat(format.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(format.detail()).contains("issuing state is blank");

        MrzBuilder stateless = MrzBuilder.td3();
        stateless.nationality = "XXA";
        stateless.issuingState = "D<<";
        MrzReading r = MrzReader.read(stateless.text(), REF);
        assertThat(r.allPassed()).isTrue();
        assertThat(r.data().nationality()).isEqualTo("XXA");
        assertThat(r.data().issuingState()).isEqualTo("D");
    }

    @Test
    void neverThrowsForAnyPrefixOrTruncationOfARealMrz() {
        String full = text(MrzSamples.TD1_LONG_DOCNO);
        List<String> variants = new ArrayList<>();
        for (int i = 0; i <= full.length(); i++) {
            variants.add(full.substring(0, i));
            variants.add(full.substring(i));
        }
        for (String v : variants) {
            assertThatCode(() -> MrzReader.readText(v, REF)).doesNotThrowAnyException();
        }
    }
}
