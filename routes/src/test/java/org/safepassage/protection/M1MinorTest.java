package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.protection.TestFlights.assess;
import static org.safepassage.protection.TestFlights.flight;
import static org.safepassage.protection.TestFlights.pax;

import org.junit.jupiter.api.Test;

class M1MinorTest {

    private static Indicator m1(TestFlights.Pax p) {
        return assess(flight(p)).traveller(p.id).indicator("M1");
    }

    @Test
    void aChildUnder18AtDeparture() {
        Indicator i = m1(pax("c").age(17));
        assertThat(i).isNotNull();
        assertThat(i.weight()).isEqualTo(1);
        assertThat(i.explanation()).startsWith("17 years old at departure");
    }

    @Test
    void anAgeUnknownTravellerWhoMayBeAMinor() {
        Indicator i = m1(pax("c").dobYyMmDd("99XXXX"));
        assertThat(i).isNotNull();
        assertThat(i.explanation()).contains("age unknown").endsWith("may be under 18");
        assertThat(i.evidence()).extracting(Evidence::value).contains("written 99XXXX (incomplete)");
    }

    @Test
    void notForAdultsDataErrorsOrPresumedAdults() {
        assertThat(m1(pax("a").age(18))).isNull();
        assertThat(m1(pax("a").born("2018-01-01"))).isNull();
        assertThat(m1(pax("a").crew())).isNull();
    }
}
