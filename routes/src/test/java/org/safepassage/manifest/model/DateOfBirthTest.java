package org.safepassage.manifest.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateOfBirthTest {

    private static final LocalDate FLIGHT = LocalDate.of(2017, 1, 27);

    @Test
    void twoDigitYearIsResolvedAgainstTheFlightDateNotToday() {
        assertThat(DateOfBirth.fromYyMmDd("150101", FLIGHT).date()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(DateOfBirth.fromYyMmDd("170127", FLIGHT).date()).isEqualTo(LocalDate.of(2017, 1, 27));
        assertThat(DateOfBirth.fromYyMmDd("170128", FLIGHT).date()).isEqualTo(LocalDate.of(1917, 1, 28));
        assertThat(DateOfBirth.fromYyMmDd("771019", FLIGHT).date()).isEqualTo(LocalDate.of(1977, 10, 19));
    }

    @Test
    void unknownDayOrMonthIsNeverGuessed() {
        DateOfBirth dayUnknown = DateOfBirth.fromYyMmDd("1203XX", FLIGHT);
        assertThat(dayUnknown.status()).isEqualTo(DateOfBirth.Status.PARTIAL);
        assertThat(dayUnknown.date()).isNull();
        assertThat(dayUnknown.dayUnknown()).isTrue();
        assertThat(dayUnknown.monthUnknown()).isFalse();
        assertThat(dayUnknown.earliestPossible()).isEqualTo(LocalDate.of(2012, 3, 1));
        assertThat(dayUnknown.latestPossible()).isEqualTo(LocalDate.of(2012, 3, 31));

        DateOfBirth monthUnknown = DateOfBirth.fromYyMmDd("05<<<<", FLIGHT);
        assertThat(monthUnknown.status()).isEqualTo(DateOfBirth.Status.PARTIAL);
        assertThat(monthUnknown.monthUnknown()).isTrue();
        assertThat(monthUnknown.year()).isEqualTo(2005);

        assertThat(DateOfBirth.fromYyMmDd("800000", FLIGHT).status()).isEqualTo(DateOfBirth.Status.PARTIAL);
        assertThat(DateOfBirth.fromDdMmmYy("XXXXX09", FLIGHT).year()).isEqualTo(2009);
    }

    @Test
    void impossibleDatesKeepTheirRawTextOnly() {
        DateOfBirth feb30 = DateOfBirth.fromYyMmDd("990230", FLIGHT);
        assertThat(feb30.status()).isEqualTo(DateOfBirth.Status.INVALID);
        assertThat(feb30.raw()).isEqualTo("990230");
        assertThat(feb30.date()).isNull();
        assertThat(DateOfBirth.fromYyMmDd("99133", FLIGHT).status()).isEqualTo(DateOfBirth.Status.INVALID);
        assertThat(DateOfBirth.fromYyMmDd("9A0101", FLIGHT).status()).isEqualTo(DateOfBirth.Status.INVALID);
        assertThat(DateOfBirth.fromYyMmDd(null, FLIGHT).status()).isEqualTo(DateOfBirth.Status.MISSING);
    }

    @Test
    void pnrAndFourDigitFormats() {
        assertThat(DateOfBirth.fromDdMmmYy("04JUL80", FLIGHT).date()).isEqualTo(LocalDate.of(1980, 7, 4));
        assertThat(DateOfBirth.fromDdMmmYy("15APR12", FLIGHT).date()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(DateOfBirth.fromDdMmmYy("15APR2012", FLIGHT).date()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(DateOfBirth.fromCcyyMmDd("19350919").date()).isEqualTo(LocalDate.of(1935, 9, 19));
        assertThat(DateOfBirth.fromDdMmmYy("31FOO80", FLIGHT).status()).isEqualTo(DateOfBirth.Status.INVALID);
    }

    @Test
    void toStringCarriesNoDate() {
        assertThat(DateOfBirth.fromYyMmDd("771019", FLIGHT).toString()).doesNotContain("77").doesNotContain("1977");
    }
}
