package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.protection.TestFlights.assess;
import static org.safepassage.protection.TestFlights.flight;
import static org.safepassage.protection.TestFlights.pax;
import static org.safepassage.protection.TestFlights.pnr;

import java.util.List;
import org.junit.jupiter.api.Test;

class M6OneWayTest {

    @Test
    void theChildsBookingIsOneWay() {
        Indicator i = assess(flight(List.of(pnr("B1").oneWay().build()), pax("c").age(8).booking("B1")))
                .traveller("c").indicator("M6");
        assertThat(i.explanation()).isEqualTo("booking B1 is one-way (FRA-IAD, no return leg)");
        assertThat(i.evidence()).contains(new Evidence("itinerary", "FRA-IAD", "PNR TVL"));
    }

    @Test
    void theEscortsOwnBookingIsOneWay() {
        Indicator i = assess(flight(List.of(pnr("B1").build(), pnr("B2").oneWay().build()),
                pax("c").surname("X").age(8), pax("a").surname("X").age(40).booking("B2"))).traveller("c").indicator("M6");
        assertThat(i.relatedTravellerIds()).containsExactly("a");
    }

    @Test
    void notForAReturnTripNorWithoutAPnr() {
        assertThat(assess(flight(List.of(pnr("B1").build()), pax("c").age(8).booking("B1")))
                .traveller("c").indicator("M6")).isNull();
        assertThat(assess(flight(pax("c").age(8).booking("B1"))).traveller("c").indicator("M6")).isNull();
    }
}
