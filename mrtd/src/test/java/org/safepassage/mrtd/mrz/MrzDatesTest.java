package org.safepassage.mrtd.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.mrtd.mrz.MrzSamples.set;
import static org.safepassage.mrtd.mrz.MrzSamples.withCompositeRecomputed;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safepassage.mrtd.report.Check;
import org.safepassage.mrtd.report.CheckStatus;
import org.safepassage.mrtd.report.CheckIds;

/** Two-digit years, unknown date parts and impossible dates. */
class MrzDatesTest {

    static final LocalDate REF = LocalDate.of(2026, 1, 15);

    static MrzReading withBirth(String dob, LocalDate ref) {
        return MrzReader.read(MrzBuilder.td3().dob(dob).text(), ref);
    }

    static MrzReading withExpiry(String expiry, LocalDate ref) {
        return MrzReader.read(MrzBuilder.td3().expiry(expiry).text(), ref);
    }

    static Check check(MrzReading r, String id) {
        return r.check(id).orElseThrow();
    }

    @ParameterizedTest(name = "born {0}, reference {1} -> {2}")
    @CsvSource({
            "150101, 2010-01-01, 1915-01-01",
            "150101, 2026-01-15, 2015-01-01",
            // the reference date itself is not "after" it
            "100101, 2010-01-01, 2010-01-01",
            "100102, 2010-01-01, 1910-01-02",
            "260115, 2026-01-15, 2026-01-15",
            "260116, 2026-01-15, 1926-01-16",
            "991231, 2026-01-15, 1999-12-31",
            "000101, 2026-01-15, 2000-01-01",
            "000229, 2026-01-15, 2000-02-29",
            "960229, 2026-01-15, 1996-02-29",
    })
    void dateOfBirthIsThisCenturyUnlessThatWouldBeAfterTheReferenceDate(String raw, LocalDate ref,
                                                                        LocalDate expected) {
        MrzReading r = withBirth(raw, ref);

        assertThat(r.allPassed()).isTrue();
        assertThat(r.data().dateOfBirth()).isEqualTo(expected);
        assertThat(r.data().dateOfBirthRaw()).isEqualTo(raw);
        assertThat(check(r, CheckIds.MRZ_DATE_OF_BIRTH).status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(r, CheckIds.MRZ_DATE_OF_BIRTH).detail()).contains(expected.toString());
    }

    @ParameterizedTest(name = "expiry {0}, reference {1} -> {2}")
    @CsvSource({
            "300101, 2026-01-15, 2030-01-01",
            "120415, 2026-01-15, 2012-04-15",
            "760101, 2026-01-15, 2076-01-01",
            "770101, 2026-01-15, 1977-01-01",
            "991231, 2026-01-15, 1999-12-31",
            "991231, 2060-06-30, 2099-12-31",
            "050101, 2090-01-01, 2105-01-01",
    })
    void dateOfExpiryIsForwardLookingWithinFiftyYears(String raw, LocalDate ref, LocalDate expected) {
        MrzReading r = withExpiry(raw, ref);

        assertThat(r.data().dateOfExpiry()).isEqualTo(expected);
        assertThat(check(r, CheckIds.MRZ_DATE_OF_EXPIRY).status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void expiredDocumentIsStillAValidMrzButTheDetailSaysExpired() {
        MrzReading r = withExpiry("250101", REF);

        assertThat(r.allPassed()).isTrue();
        assertThat(check(r, CheckIds.MRZ_DATE_OF_EXPIRY).detail()).contains("expired");
        assertThat(check(withExpiry("300101", REF), CheckIds.MRZ_DATE_OF_EXPIRY).detail()).doesNotContain("expired");
    }

    @ParameterizedTest
    @ValueSource(strings = {"74<<<<", "7408<<", "74<<12", "7408XX", "74XXXX", "740800", "740000", "740012"})
    void unknownDayOrMonthOfBirthIsAWarningWithNoDate(String raw) {
        MrzReading r = withBirth(raw, REF);

        assertThat(r.allPassed()).isTrue();
        assertThat(check(r, CheckIds.MRZ_DATE_OF_BIRTH).status()).isEqualTo(CheckStatus.WARN);
        assertThat(check(r, CheckIds.MRZ_DATE_OF_BIRTH).detail()).contains("unknown day/month").contains(raw);
        assertThat(r.data().dateOfBirth()).isNull();
        assertThat(r.data().dateOfBirthRaw()).isEqualTo(raw);
    }

    @Test
    void fullyUnknownOrYearUnknownDateOfBirthIsAWarning() {
        MrzReading all = withBirth("<<<<<<", REF);
        assertThat(check(all, CheckIds.MRZ_DATE_OF_BIRTH).status()).isEqualTo(CheckStatus.WARN);
        assertThat(check(all, CheckIds.MRZ_DATE_OF_BIRTH).detail()).contains("unknown day/month");

        MrzReading year = withBirth("XX0812", REF);
        assertThat(check(year, CheckIds.MRZ_DATE_OF_BIRTH).status()).isEqualTo(CheckStatus.WARN);
        assertThat(check(year, CheckIds.MRZ_DATE_OF_BIRTH).detail()).contains("unknown year");
        assertThat(year.data().dateOfBirth()).isNull();
    }

    @Test
    void checkDigitOverAnUnknownDateIsStillVerified() {
        List<String> good = MrzBuilder.td3().dob("7408<<").lines();
        char printed = good.get(1).charAt(19);
        char wrong = (char) ('0' + (printed - '0' + 1) % 10);
        MrzReading r = MrzReader.read(withCompositeRecomputed(set(good, 2, 20, wrong)), REF);

        assertThat(r.failures()).extracting(Check::id).containsExactly(CheckIds.MRZ_DATE_OF_BIRTH);
        assertThat(check(r, CheckIds.MRZ_DATE_OF_BIRTH).detail())
                .contains("date of birth check digit: expected " + printed + ", found " + wrong);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "741312|month 13 does not exist",
            "740230|day 30 does not exist in February 1974",
            "010229|day 29 does not exist in February 2001",
            "740431|day 31 does not exist in April 1974",
            "740132|day 32 does not exist",
            "749912|month 99 does not exist",
            "74<<32|day 32 does not exist",
            "7402<5|mixes digits",
            "74O812|possibly a misread 0",
            "74A812|not a date",
    })
    void impossibleDateOfBirthFails(String raw, String reason) {
        MrzReading r = withBirth(raw, REF);

        assertThat(r.failures()).extracting(Check::id).containsExactly(CheckIds.MRZ_DATE_OF_BIRTH);
        assertThat(check(r, CheckIds.MRZ_DATE_OF_BIRTH).detail()).contains("date of birth " + raw).contains(reason);
        assertThat(r.data().dateOfBirth()).isNull();
        assertThat(r.data().dateOfBirthRaw()).isEqualTo(raw);
    }

    @Test
    void impossibleDateOfExpiryFails() {
        MrzReading r = withExpiry("301301", REF);

        assertThat(r.failures()).extracting(Check::id).containsExactly(CheckIds.MRZ_DATE_OF_EXPIRY);
        assertThat(check(r, CheckIds.MRZ_DATE_OF_EXPIRY).detail()).contains("date of expiry 301301")
                .contains("month 13");
        assertThat(r.data().dateOfExpiry()).isNull();
    }

    @Test
    void wrongCheckDigitAndImpossibleDateAreBothReported() {
        List<String> lines = withCompositeRecomputed(set(MrzBuilder.td3().dob("741312").lines(), 2, 20, '<'));
        String detail = check(MrzReader.read(lines, REF), CheckIds.MRZ_DATE_OF_BIRTH).detail();

        assertThat(detail).contains("date of birth check digit: expected").contains("found '<'").contains("month 13");
    }
}
