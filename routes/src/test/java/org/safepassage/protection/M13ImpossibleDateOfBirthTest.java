package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.protection.TestFlights.assess;
import static org.safepassage.protection.TestFlights.flight;
import static org.safepassage.protection.TestFlights.pax;

import org.junit.jupiter.api.Test;
import org.safepassage.manifest.model.PassengerType;

class M13ImpossibleDateOfBirthTest {

    @Test
    void aDateOfBirthAfterDepartureIsADataErrorNeverAMinor() {
        TravellerAssessment t = assess(flight(pax("p").born("2017-06-16").booking("B1"))).traveller("p");
        assertThat(t.indicatorCodes()).containsExactly("M13");
        Indicator i = t.indicator("M13");
        assertThat(i.weight()).isZero();
        assertThat(i.decisive()).isFalse();
        assertThat(i.explanation()).isEqualTo("the date of birth (2017-06-16) is after the departure date 2017-06-15: "
                + "a data error, not counted towards any score");
        assertThat(t.score()).isZero();
        assertThat(t.referralWarranted()).isFalse();
    }

    @Test
    void anAgeOverTheMaximumOrNotADate() {
        assertThat(assess(flight(pax("p").born("1901-01-01"))).traveller("p").indicator("M13").explanation())
                .contains("gives an age over 110");
        assertThat(assess(flight(pax("p").dobYyMmDd("991301"))).traveller("p").indicator("M13").explanation())
                .contains("the date of birth written 991301 is not a possible date");
    }

    @Test
    void recordedButNotCountedForSomeoneBookedAsAChild() {
        TravellerAssessment t = assess(flight(pax("p").pnrOnly().born("2018-01-01").type(PassengerType.CHILD, "CHD")
                .booking("B1"))).traveller("p");
        assertThat(t.indicatorCodes()).contains("M1", "M13");
        assertThat(t.score()).isEqualTo(t.indicators().stream().filter(i -> !i.code().equals("M13"))
                .mapToInt(Indicator::weight).sum());
    }

    @Test
    void notForAPlausibleDate() {
        assertThat(assess(flight(pax("p").age(109))).traveller("p").indicator("M13")).isNull();
    }
}
