package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.protection.TestFlights.assess;
import static org.safepassage.protection.TestFlights.flight;
import static org.safepassage.protection.TestFlights.pax;

import org.junit.jupiter.api.Test;

class M11NationalityDiffersTest {

    @Test
    void theChildsNationalityDiffersFromTheEscortsAndTheResidence() {
        Indicator i = assess(flight(pax("c").age(8).booking("B1").nationality("VNM").residence("GBR")
                .passport("P1", "VNM"), pax("a").age(40).booking("B1").nationality("GBR").passport("P2", "GBR")))
                .traveller("c").indicator("M11");
        assertThat(i.explanation()).isEqualTo("nationality VNM and document issued by VNM differ from the nationality,"
                + " documents and residence of the adult travelling with them and from the country of residence GBR");
        assertThat(i.relatedTravellerIds()).containsExactly("a");
    }

    @Test
    void aSharedNationalityOrTheResidenceMatches() {
        assertThat(assess(flight(pax("c").age(8).booking("B1").nationality("FRA").passport("P1", "FR"),
                pax("a").age(40).booking("B1").nationality("DEU").passport("P2", "FRA")))
                .traveller("c").indicator("M11")).isNull();
        assertThat(assess(flight(pax("c").age(8).booking("B1").nationality("ITA").residence("ITA"),
                pax("a").age(40).booking("B1").nationality("DEU").residence("ITA")))
                .traveller("c").indicator("M11")).isNull();
    }

    @Test
    void notWithoutAnEscortOrWithoutData() {
        assertThat(assess(flight(pax("c").age(8).nationality("VNM"))).traveller("c").indicator("M11")).isNull();
        assertThat(assess(flight(pax("c").age(8).booking("B1"), pax("a").age(40).booking("B1").nationality("GBR")))
                .traveller("c").indicator("M11")).isNull();
    }
}
