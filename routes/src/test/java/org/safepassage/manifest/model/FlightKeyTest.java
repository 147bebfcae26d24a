package org.safepassage.manifest.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FlightKeyTest {

    private static final LocalDate DAY = LocalDate.of(2017, 1, 27);

    @Test
    void apiAndPnrSpellingsOfOneDepartureGiveOneKey() {
        FlightDesignator api = FlightDesignator.parse("UA0989", "UA");
        FlightDesignator pnr = FlightDesignator.parse("989", "ua");
        assertThat(FlightKey.of(api.carrier(), api.number(), "fra", DAY))
                .isEqualTo(FlightKey.of(pnr.carrier(), pnr.number(), "FRA", DAY))
                .hasToString("UA989/FRA/2017-01-27");
    }

    @Test
    void designatorsWithoutAHintAreSplitOnTheCarrierCode() {
        assertThat(FlightDesignator.parse("AA123", null)).isEqualTo(new FlightDesignator("AA", "123"));
        assertThat(FlightDesignator.parse("U21234", null)).isEqualTo(new FlightDesignator("U2", "1234"));
        assertThat(FlightDesignator.parse("9W0123", null).normalisedNumber()).isEqualTo("123");
        assertThat(FlightDesignator.parse("DLH400", null)).isEqualTo(new FlightDesignator("DLH", "400"));
        assertThat(FlightDesignator.parse("0006", "TZ")).isEqualTo(new FlightDesignator("TZ", "0006"));
        assertThat(FlightDesignator.parse("BA0012A", "BA").normalisedNumber()).isEqualTo("12A");
    }

    @Test
    void oneWayAndCashAreReadOffTheBooking() {
        FlightLeg out = new FlightLeg(1, TransportMode.AIR, "TZ", "6", null, "SIN", DAY, null, "OOL", DAY, null, 1);
        FlightLeg back = new FlightLeg(2, TransportMode.AIR, "TZ", "5", null, "OOL", DAY, null, "SIN", DAY, null, 2);
        Booking oneWay = booking(java.util.List.of(out), java.util.List.of(new FormOfPayment("CA", "10", null)));
        Booking ret = booking(java.util.List.of(out, back), java.util.List.of(new FormOfPayment("CC", "10", "VI")));
        assertThat(oneWay.isOneWay()).isTrue();
        assertThat(oneWay.paidInCash()).isTrue();
        assertThat(ret.isOneWay()).isFalse();
        assertThat(ret.paidInCash()).isFalse();
    }

    private static Booking booking(java.util.List<FlightLeg> legs, java.util.List<FormOfPayment> fop) {
        return new Booking(1, 1, "ABC123", "TZ", null, DAY, null, null, null, null, fop, legs, null, null, null, 1);
    }
}
