package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.protection.TestFlights.assess;
import static org.safepassage.protection.TestFlights.flight;
import static org.safepassage.protection.TestFlights.pax;
import static org.safepassage.protection.TestFlights.pnr;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safepassage.manifest.model.PassengerType;

class M3UnderUnaccompaniedMinorAgeTest {

    @Test
    void underTwelveAloneWithoutUmnrIsDecisive() {
        TravellerAssessment t = assess(flight(List.of(pnr("B1").build()), pax("c").age(11).booking("B1").passport(
                "P1234567", "FRA"))).traveller("c");
        Indicator i = t.indicator("M3");
        assertThat(i.decisive()).isTrue();
        assertThat(i.explanation()).contains("no unaccompanied-minor service request (SSR UMNR)");
        assertThat(t.referralWarranted()).isTrue();
    }

    @Test
    void anUmnrRequestOnTheTravellerOrTheBookingMeansNoIndicator() {
        assertThat(assess(flight(List.of(pnr("B1").build()), pax("c").pnrOnly().ref("1").age(7).booking("B1")
                .ssr("UMNR", "UM07"))).traveller("c").indicator("M3")).isNull();
        assertThat(assess(flight(List.of(pnr("B1").ssr("UMNR", "UM07", "1").build()),
                pax("c").pnrOnly().ref("1").age(7).booking("B1"))).traveller("c").indicator("M3")).isNull();
        assertThat(assess(flight(List.of(pnr("B1").build()), pax("c").pnrOnly().age(7).booking("B1")
                .type(PassengerType.UNACCOMPANIED_MINOR, "UM"))).traveller("c").indicator("M3")).isNull();
    }

    @Test
    void anUmnrRequestForAnotherTravellerDoesNotCount() {
        assertThat(assess(flight(List.of(pnr("B1").ssr("UMNR", "UM07", "2").build()),
                pax("c").pnrOnly().ref("1").age(7).booking("B1"))).traveller("c").indicator("M3")).isNotNull();
    }

    @Test
    void withoutAPnrNoRequestIsKnownAndTheIndicatorHolds() {
        Indicator i = assess(flight(pax("c").age(7).booking("B1"))).traveller("c").indicator("M3");
        assertThat(i.explanation()).contains("no PNR received");
    }

    @Test
    void notAtOrOverTheAgeNorWithAnAdult() {
        assertThat(assess(flight(pax("c").age(12).booking("B1"))).traveller("c").indicator("M3")).isNull();
        assertThat(assess(flight(pax("c").age(7).booking("B1"), pax("m").age(40).booking("B1")))
                .traveller("c").indicator("M3")).isNull();
        // 11 or 12: not certainly under 12
        assertThat(assess(flight(pax("c").dobYyMmDd("05XXXX").booking("B1"))).traveller("c").indicator("M3")).isNull();
    }

    @Test
    void theCarrierAgeIsAParameter() throws Exception {
        String text = java.nio.file.Files.readString(RuleCatalogue.DEFAULT_LOCATION)
                .replace("unaccompaniedMinorAgeByCarrier: {}", "unaccompaniedMinorAgeByCarrier: {XX: 15}");
        MinorProtectionAssessor a = new MinorProtectionAssessor(RuleCatalogue.parse(text, "test"));
        Indicator i = a.assess(flight(pax("c").age(14).booking("B1"))).traveller("c").indicator("M3");
        assertThat(i.explanation()).contains("unaccompanied-minor age of 15");
    }
}
