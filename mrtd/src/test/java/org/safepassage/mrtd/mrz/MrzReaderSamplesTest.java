package org.safepassage.mrtd.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.mrtd.mrz.MrzSamples.lines;
import static org.safepassage.mrtd.mrz.MrzSamples.text;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safepassage.mrtd.report.Check;
import org.safepassage.mrtd.report.CheckStatus;
import org.safepassage.mrtd.report.CheckIds;

/** Published specimens (ICAO Doc 9303, BSI TR-03105) read end to end. */
class MrzReaderSamplesTest {

    static final LocalDate REF = LocalDate.of(2026, 1, 15);

    static CheckStatus status(MrzReading r, String id) {
        return r.check(id).map(Check::status).orElseThrow(() -> new AssertionError("no check " + id));
    }

    static String detail(MrzReading r, String id) {
        return r.check(id).map(Check::detail).orElseThrow(() -> new AssertionError("no check " + id));
    }

    @Test
    void icaoPart4Td3SpecimenIsValidWithEveryCheckDigitVerified() {
        MrzReading r = MrzReader.read(text(MrzSamples.TD3_ERIKSSON), REF);

        assertThat(r.format()).isEqualTo(MrzFormat.TD3);
        assertThat(r.allPassed()).isTrue();
        assertThat(r.checks()).extracting(Check::id).containsExactlyElementsOf(CheckIds.MRZ);
        assertThat(r.checks()).extracting(Check::status).containsOnly(CheckStatus.PASS);
        assertThat(detail(r, CheckIds.MRZ_DOCUMENT_NUMBER)).contains("L898902C3").contains("check digit 6");
        assertThat(detail(r, CheckIds.MRZ_DATE_OF_BIRTH)).contains("1974-08-12").contains("check digit 2");
        assertThat(detail(r, CheckIds.MRZ_DATE_OF_EXPIRY)).contains("2012-04-15").contains("check digit 9")
                .contains("expired");
        assertThat(detail(r, CheckIds.MRZ_OPTIONAL_DATA)).contains("ZE184226B").contains("check digit 1");
        assertThat(detail(r, CheckIds.MRZ_COMPOSITE)).contains("composite check digit 0");

        MrzData d = r.data();
        assertThat(d.format()).isEqualTo(MrzFormat.TD3);
        assertThat(d.documentCode()).isEqualTo("P");
        assertThat(d.issuingState()).isEqualTo("UTO");
        assertThat(d.surname()).isEqualTo("ERIKSSON");
        assertThat(d.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(d.documentNumber()).isEqualTo("L898902C3");
        assertThat(d.nationality()).isEqualTo("UTO");
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(d.dateOfBirthRaw()).isEqualTo("740812");
        assertThat(d.sex()).isEqualTo("F");
        assertThat(d.dateOfExpiry()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(d.dateOfExpiryRaw()).isEqualTo("120415");
        assertThat(d.optionalData1()).isEqualTo("ZE184226B");
        assertThat(d.optionalData2()).isNull();
    }

    @Test
    void bsiGermanSpecimenWithDFillersAndFillerPersonalNumberCheckDigitIsValid() {
        MrzReading r = MrzReader.read(text(MrzSamples.TD3_MUSTERMANN), REF);

        assertThat(r.allPassed()).isTrue();
        assertThat(r.checks()).extracting(Check::status).containsOnly(CheckStatus.PASS);
        assertThat(detail(r, CheckIds.MRZ_OPTIONAL_DATA)).contains("personal number empty").contains("'<'");
        MrzData d = r.data();
        assertThat(d.issuingState()).isEqualTo("D");
        assertThat(d.nationality()).isEqualTo("D");
        assertThat(d.surname()).isEqualTo("MUSTERMANN");
        assertThat(d.givenNames()).isEqualTo("ERIKA");
        assertThat(d.documentNumber()).isEqualTo("C11T002JM");
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(1996, 8, 12));
        assertThat(d.dateOfExpiry()).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(d.optionalData1()).isEmpty();
    }

    @Test
    void icaoPart11Td2LongDocumentNumberIsRecoveredFromTheOptionalData() {
        MrzReading r = MrzReader.read(text(MrzSamples.TD2_LONG_DOCNO), REF);

        assertThat(r.format()).isEqualTo(MrzFormat.TD2);
        assertThat(r.allPassed()).isTrue();
        assertThat(status(r, CheckIds.MRZ_DOCUMENT_NUMBER)).isEqualTo(CheckStatus.PASS);
        assertThat(detail(r, CheckIds.MRZ_DOCUMENT_NUMBER)).contains("D23145890734").contains("check digit 9");
        assertThat(status(r, CheckIds.MRZ_OPTIONAL_DATA)).isEqualTo(CheckStatus.SKIPPED);
        assertThat(status(r, CheckIds.MRZ_COMPOSITE)).isEqualTo(CheckStatus.PASS);
        MrzData d = r.data();
        assertThat(d.documentNumber()).isEqualTo("D23145890734");
        assertThat(d.optionalData1()).isEmpty();
        assertThat(d.surname()).isEqualTo("STEVENSON");
        assertThat(d.givenNames()).isEqualTo("PETER JOHN");
        assertThat(d.sex()).isEqualTo("M");
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(1934, 7, 12));
        assertThat(d.dateOfExpiry()).isEqualTo(LocalDate.of(1995, 7, 12));
    }

    @Test
    void icaoPart11Td1LongDocumentNumberIsRecoveredFromOptionalData1() {
        MrzReading r = MrzReader.read(text(MrzSamples.TD1_LONG_DOCNO), REF);

        assertThat(r.format()).isEqualTo(MrzFormat.TD1);
        assertThat(r.allPassed()).isTrue();
        assertThat(r.data().documentNumber()).isEqualTo("D23145890734");
        assertThat(r.data().optionalData1()).isEmpty();
        assertThat(r.data().optionalData2()).isEmpty();
        assertThat(r.data().nationality()).isEqualTo("UTO");
    }

    @Test
    void icaoPart5Td1SpecimenIsValid() {
        MrzReading r = MrzReader.read(text(MrzSamples.TD1_ERIKSSON), REF);

        assertThat(r.format()).isEqualTo(MrzFormat.TD1);
        assertThat(r.allPassed()).isTrue();
        assertThat(status(r, CheckIds.MRZ_OPTIONAL_DATA)).isEqualTo(CheckStatus.SKIPPED);
        assertThat(detail(r, CheckIds.MRZ_OPTIONAL_DATA)).contains("TD1");
        assertThat(status(r, CheckIds.MRZ_COMPOSITE)).isEqualTo(CheckStatus.PASS);
        MrzData d = r.data();
        assertThat(d.documentCode()).isEqualTo("I");
        assertThat(d.documentNumber()).isEqualTo("D23145890");
        assertThat(d.surname()).isEqualTo("ERIKSSON");
        assertThat(d.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(d.optionalData1()).isEmpty();
        assertThat(d.optionalData2()).isEmpty();
    }

    @Test
    void icaoTd1ExampleWithWrongCompositeIsReportedNotCrashed() {
        MrzReading r = MrzReader.read(text(MrzSamples.TD1_WRONG_COMPOSITE), REF);

        assertThat(r.format()).isEqualTo(MrzFormat.TD1);
        assertThat(r.data()).isNotNull();
        assertThat(r.allPassed()).isFalse();
        assertThat(r.failures()).extracting(Check::id).containsExactly(CheckIds.MRZ_COMPOSITE);
        assertThat(detail(r, CheckIds.MRZ_COMPOSITE)).contains("composite check digit: expected 2, found 1");
        assertThat(r.data().documentNumber()).isEqualTo("L898902C");
        assertThat(r.data().dateOfBirth()).isEqualTo(LocalDate.of(1969, 8, 6));
        assertThat(r.data().dateOfExpiry()).isEqualTo(LocalDate.of(1994, 6, 23));
    }

    @Test
    void icaoPart6Td2SpecimenIsValid() {
        MrzReading r = MrzReader.read(text(MrzSamples.TD2_ERIKSSON), REF);

        assertThat(r.format()).isEqualTo(MrzFormat.TD2);
        assertThat(r.allPassed()).isTrue();
        assertThat(r.checks()).extracting(Check::status)
                .containsExactly(CheckStatus.PASS, CheckStatus.PASS, CheckStatus.PASS, CheckStatus.PASS,
                        CheckStatus.SKIPPED, CheckStatus.PASS);
        assertThat(r.data().documentNumber()).isEqualTo("D23145890");
        assertThat(r.data().optionalData2()).isNull();
    }

    @Test
    void icaoPart7VisaSpecimensAreRecognisedByTheVDocumentCode() {
        MrzReading a = MrzReader.read(text(MrzSamples.MRVA_ERIKSSON), REF);
        MrzReading b = MrzReader.read(text(MrzSamples.MRVB_ERIKSSON), REF);

        assertThat(a.format()).isEqualTo(MrzFormat.MRV_A);
        assertThat(b.format()).isEqualTo(MrzFormat.MRV_B);
        for (MrzReading r : new MrzReading[] {a, b}) {
            assertThat(r.allPassed()).isTrue();
            assertThat(status(r, CheckIds.MRZ_COMPOSITE)).isEqualTo(CheckStatus.SKIPPED);
            assertThat(detail(r, CheckIds.MRZ_COMPOSITE)).contains("no composite");
            assertThat(status(r, CheckIds.MRZ_OPTIONAL_DATA)).isEqualTo(CheckStatus.SKIPPED);
            assertThat(r.data().documentCode()).isEqualTo("V");
            assertThat(r.data().documentNumber()).isEqualTo("L8988901C");
            assertThat(r.data().nationality()).isEqualTo("XXX");
            assertThat(r.data().dateOfBirth()).isEqualTo(LocalDate.of(1940, 9, 7));
            // 2096 would be 70 years ahead of the reference date: the visa expired in 1996
            assertThat(r.data().dateOfExpiry()).isEqualTo(LocalDate.of(1996, 12, 10));
        }
        assertThat(a.data().optionalData1()).isEqualTo("6ZE184226B");
        assertThat(b.data().optionalData1()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {MrzSamples.TD3_ERIKSSON, MrzSamples.TD3_MUSTERMANN, MrzSamples.TD2_LONG_DOCNO,
            MrzSamples.TD1_LONG_DOCNO, MrzSamples.TD1_ERIKSSON, MrzSamples.TD2_ERIKSSON, MrzSamples.MRVA_ERIKSSON,
            MrzSamples.MRVB_ERIKSSON, MrzSamples.TD3_NLD_SPECIMEN, MrzSamples.TD1_NLD_SPECIMEN,
            MrzSamples.TD1_D_MUSTERMANN})
    void textAndLineFormsGiveTheSameReading(String sample) {
        MrzReading fromText = MrzReader.read(text(sample), REF);
        MrzReading fromLines = MrzReader.read(lines(sample), REF);
        MrzReading fromCrlf = MrzReader.read("  \r\n" + String.join("\r\n", lines(sample)) + "\r\n\t ", REF);
        MrzReading fromSingleLine = MrzReader.read(String.join("", lines(sample)), REF);

        assertThat(fromText.allPassed()).isTrue();
        assertThat(fromLines).isEqualTo(fromText);
        assertThat(fromCrlf).isEqualTo(fromText);
        assertThat(fromSingleLine.data()).isEqualTo(fromText.data());
        assertThat(fromSingleLine.check(CheckIds.MRZ_FORMAT).orElseThrow().detail()).contains("read as");
    }

    @Test
    void dutchSpecimenPassportWithPersonalNumberIsValid() {
        MrzReading r = MrzReader.read(text(MrzSamples.TD3_NLD_SPECIMEN), REF);

        assertThat(r.allPassed()).isTrue();
        assertThat(r.checks()).extracting(Check::status).containsOnly(CheckStatus.PASS);
        assertThat(detail(r, CheckIds.MRZ_OPTIONAL_DATA)).contains("999999990").contains("check digit 8");
        MrzData d = r.data();
        assertThat(d.surname()).isEqualTo("DE BRUIJN");
        assertThat(d.givenNames()).isEqualTo("WILLEKE LISELOTTE");
        assertThat(d.documentNumber()).isEqualTo("SPECI2014");
        assertThat(d.optionalData1()).isEqualTo("999999990");
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(1965, 3, 10));
        assertThat(d.dateOfExpiry()).isEqualTo(LocalDate.of(2024, 3, 9));
    }

    @Test
    void dutchSpecimenIdentityCardKeepsItsOptionalDataAsPrinted() {
        MrzReading r = MrzReader.read(text(MrzSamples.TD1_NLD_SPECIMEN), REF);

        assertThat(r.allPassed()).isTrue();
        assertThat(r.data().documentNumber()).isEqualTo("SPECI2014");
        // the BSN and a trailing digit: inner fillers are kept, only the ends are trimmed
        assertThat(r.data().optionalData1()).isEqualTo("999999990<<<<<8");
        assertThat(r.data().surname()).isEqualTo("DE BRUIJN");
    }

    @Test
    void germanIdentityCardSpecimenWithoutSexIsValid() {
        MrzReading r = MrzReader.read(text(MrzSamples.TD1_D_MUSTERMANN), REF);

        assertThat(r.allPassed()).isTrue();
        MrzData d = r.data();
        assertThat(d.documentCode()).isEqualTo("ID");
        assertThat(d.issuingState()).isEqualTo("D");
        assertThat(d.nationality()).isEqualTo("D");
        assertThat(d.sex()).isEqualTo("X");
        assertThat(d.documentNumber()).isEqualTo("T22000129");
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(1964, 8, 12));
        assertThat(d.dateOfExpiry()).isEqualTo(LocalDate.of(2020, 10, 31));
    }

    @Test
    void readWithoutReferenceDateUsesTodayAndStillVerifies() {
        MrzReading r = MrzReader.read(text(MrzSamples.TD3_ERIKSSON));
        assertThat(r.allPassed()).isTrue();
        assertThat(r.data().dateOfBirth()).isEqualTo(LocalDate.of(1974, 8, 12));
    }
}
