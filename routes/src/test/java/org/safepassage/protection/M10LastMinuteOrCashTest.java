package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.protection.TestFlights.DEPARTURE;
import static org.safepassage.protection.TestFlights.assess;
import static org.safepassage.protection.TestFlights.flight;
import static org.safepassage.protection.TestFlights.pax;
import static org.safepassage.protection.TestFlights.pnr;

import java.util.List;
import org.junit.jupiter.api.Test;

class M10LastMinuteOrCashTest {

    @Test
    void bookedWithinSeventyTwoHours() {
        Indicator i = assess(flight(List.of(pnr("B1").bookedAt(DEPARTURE.minusDays(1).atTime(10, 0)).build()),
                pax("c").age(8).booking("B1"))).traveller("c").indicator("M10");
        assertThat(i.explanation()).isEqualTo("booking B1 was made 24 hours before departure");
    }

    @Test
    void paidInCash() {
        Indicator i = assess(flight(List.of(pnr("B1").cash().build()), pax("c").age(8).booking("B1")))
                .traveller("c").indicator("M10");
        assertThat(i.explanation()).isEqualTo("booking B1 was paid in cash");
        assertThat(i.evidence()).contains(new Evidence("formOfPayment", "CA 500", "PNR FOP"));
    }

    @Test
    void aDateOnlyBookingCountsOnlyWhenCertainlyWithinTheWindow() {
        assertThat(assess(flight(List.of(pnr("B1").bookedOn(DEPARTURE.minusDays(3)).build()),
                pax("c").age(8).booking("B1"))).traveller("c").indicator("M10")).isNull();
        assertThat(assess(flight(List.of(pnr("B1").bookedOn(DEPARTURE.minusDays(2)).build()),
                pax("c").age(8).booking("B1"))).traveller("c").indicator("M10")).isNotNull();
    }

    @Test
    void notForAnEarlyCardBookingNorWithoutAPnr() {
        assertThat(assess(flight(List.of(pnr("B1").build()), pax("c").age(8).booking("B1")))
                .traveller("c").indicator("M10")).isNull();
        assertThat(assess(flight(pax("c").age(8).booking("B1"))).traveller("c").indicator("M10")).isNull();
    }
}
