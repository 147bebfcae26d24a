package org.safepassage.mrtd.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one country table: MRZ state codes to certificate countries, passenger-data codes to alpha-3. */
class CountriesTest {

    @Test
    void mrzStateCodesGiveTheCountryCertificatesCarry() {
        assertThat(Countries.alpha2("D<<")).isEqualTo("DE");
        assertThat(Countries.alpha2("NLD")).isEqualTo("NL");
        assertThat(Countries.alpha2("GBD")).isEqualTo("GB");
        assertThat(Countries.alpha2("RKS")).isEqualTo("XK");
        assertThat(Countries.alpha2("EUE")).isEqualTo("EU");
        assertThat(Countries.alpha2("UNK")).isEqualTo("UN");
        assertThat(Countries.alpha2("UTO")).isNull(); // ICAO's specimen state
        assertThat(Countries.alpha2("<<<")).isNull();
    }

    @Test
    void passengerDataCodesGiveAlpha3() {
        assertThat(Countries.alpha3("DE")).isEqualTo("DEU");
        assertThat(Countries.alpha3("D")).isEqualTo("DEU");
        assertThat(Countries.alpha3("uk")).isEqualTo("GBR");
        assertThat(Countries.alpha2("UK")).isEqualTo("GB");
        assertThat(Countries.alpha3("XK")).isEqualTo("XKX");
        assertThat(Countries.alpha2("XKX")).isEqualTo("XK");
        assertThat(Countries.alpha3("FRA")).isEqualTo("FRA");
        assertThat(Countries.alpha3("ZZ")).isNull();
        assertThat(Countries.alpha3(" ")).isNull();
    }
}
