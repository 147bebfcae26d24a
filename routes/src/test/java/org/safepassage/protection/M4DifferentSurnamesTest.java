package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.protection.TestFlights.assess;
import static org.safepassage.protection.TestFlights.flight;
import static org.safepassage.protection.TestFlights.pax;

import org.junit.jupiter.api.Test;

class M4DifferentSurnamesTest {

    @Test
    void everyAdultHasADifferentSurname() {
        Indicator i = assess(flight(pax("c").surname("NOVAK").age(8).booking("B1"),
                pax("a").surname("SMITH").age(40).booking("B1"))).traveller("c").indicator("M4");
        assertThat(i.weight()).isEqualTo(1);
        assertThat(i.relatedTravellerIds()).containsExactly("a");
        assertThat(i.evidence()).contains(new Evidence("adultSurname", "a: SMITH", "PAXLST NAD"));
    }

    @Test
    void oneAdultWithTheSameSurnameTransliteratedIsEnough() {
        assertThat(assess(flight(pax("c").surname("MOHAMMED").age(8).booking("B1"),
                pax("a").surname("SMITH").age(40).booking("B1"),
                pax("b").surname("MUHAMMAD").age(38).booking("B1"))).traveller("c").indicator("M4")).isNull();
        assertThat(assess(flight(pax("c").surname("GARCIA LOPEZ").age(8).booking("B1"),
                pax("m").surname("LOPEZ PEREZ").age(38).booking("B1"))).traveller("c").indicator("M4")).isNull();
    }

    @Test
    void notWithoutAnAdultNorWhenASurnameIsMissing() {
        assertThat(assess(flight(pax("c").surname("NOVAK").age(8).booking("B1"))).traveller("c").indicator("M4")).isNull();
        assertThat(assess(flight(pax("c").surname(null).age(8).booking("B1"),
                pax("a").surname("SMITH").age(40).booking("B1"))).traveller("c").indicator("M4")).isNull();
    }
}
