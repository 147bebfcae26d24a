package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.protection.TestFlights.assess;
import static org.safepassage.protection.TestFlights.flight;
import static org.safepassage.protection.TestFlights.pax;

import java.util.List;
import org.junit.jupiter.api.Test;

class M5AdultWithSeveralMinorsTest {

    @Test
    void oneAdultWithThreeMinorsOfTwoSurnames() {
        FlightAssessment a = assess(flight(pax("a").surname("SMITH").age(40).booking("B1"),
                pax("c1").surname("NOVAK").age(8).booking("B1"), pax("c2").surname("NOVAK").age(6).booking("B1"),
                pax("c3").surname("JONES").age(9).booking("B1")));
        Indicator i = a.traveller("c1").indicator("M5");
        assertThat(i.explanation()).isEqualTo("adult a travels with 3 minors of 2 different surnames on this flight");
        assertThat(i.relatedTravellerIds()).containsExactly("a", "c2", "c3");
        assertThat(a.traveller("c3").indicator("M5")).isNotNull();
        assertThat(a.traveller("a").indicator("M5")).isNull();
    }

    @Test
    void aParentWithThreeOwnChildrenIsNotAnIndicator() {
        FlightAssessment a = assess(flight(pax("a").surname("NOVAK").age(40).booking("B1"),
                pax("c1").surname("NOVAK").age(8).booking("B1"), pax("c2").surname("NOVAKOVA").age(6).booking("B1"),
                pax("c3").surname("Novák").age(9).booking("B1")));
        assertThat(a.traveller("c1").indicator("M5")).isNull();
        assertThat(assess(flight(pax("a").surname("X").age(40).booking("B1"),
                pax("c1").surname("NOVAK").age(8).booking("B1"), pax("c2").surname("JONES").age(6).booking("B1")))
                .traveller("c1").indicator("M5")).isNull();
    }

    @Test
    void anAdultEscortingOtherMinorsOnOtherFlights() {
        OtherFlights other = adult -> "SMITH".equals(adult.surname())
                ? List.of(new EscortedMinor("F0", "t9", "JONES"), new EscortedMinor("F1", "self", "JONES"),
                        new EscortedMinor("F7", "t3", "NOVAK"))
                : List.of();
        FlightAssessment a = assess(flight(List.of(), other, pax("a").surname("SMITH").age(40).booking("B1"),
                pax("c").surname("NOVAK").age(8).booking("B1")));
        Indicator i = a.traveller("c").indicator("M5");
        assertThat(i.explanation()).isEqualTo("adult a also escorts 1 other minor on 1 other flight");
        assertThat(i.evidence()).contains(new Evidence("minorOnOtherFlight", "F0/t9", "other flights"));
        assertThat(i.relatedTravellerIds()).containsExactly("a");
    }

    @Test
    void theSameChildOnTheReturnFlightIsNotAnotherMinor() {
        OtherFlights other = adult -> List.of(new EscortedMinor("F0", "t9", "Novak"));
        assertThat(assess(flight(List.of(), other, pax("a").surname("NOVAK").age(40).booking("B1"),
                pax("c").surname("NOVAK").age(8).booking("B1"))).traveller("c").indicator("M5")).isNull();
    }
}
