package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.protection.TestFlights.assess;
import static org.safepassage.protection.TestFlights.flight;
import static org.safepassage.protection.TestFlights.pax;
import static org.safepassage.protection.TestFlights.pnr;

import java.util.List;
import org.junit.jupiter.api.Test;

class M2NoAdultOnBookingTest {

    @Test
    void aChildWithOnlyAnotherChildOnTheBooking() {
        TravellerAssessment t = assess(flight(pax("c1").age(14).booking("AB12CD"), pax("c2").age(9).booking("ab12cd ")))
                .traveller("c1");
        Indicator i = t.indicator("M2");
        assertThat(i.explanation()).isEqualTo("booking AB12CD has 1 other traveller on this flight, none of them known to be an adult");
        assertThat(i.relatedTravellerIds()).containsExactly("c2");
        assertThat(i.evidence()).contains(new Evidence("otherTraveller", "c2: 9 years old", "flight manifest"));
    }

    @Test
    void anAdultOnTheBookingMeansNoIndicator() {
        assertThat(assess(flight(pax("c").age(9).booking("B1"), pax("m").age(30).booking("B1")))
                .traveller("c").indicator("M2")).isNull();
    }

    @Test
    void anAdultOnAnotherBookingDoesNotCount() {
        assertThat(assess(flight(pax("c").age(9).booking("B1"), pax("m").age(30).booking("B2")))
                .traveller("c").indicator("M2")).isNotNull();
    }

    @Test
    void noBookingReferenceAndNoAdultWithTheSameSurnameIsAlone() {
        Indicator i = assess(flight(pax("c").surname("NOVAK").age(9), pax("m").surname("SMITH").age(30)))
                .traveller("c").indicator("M2");
        assertThat(i.explanation()).isEqualTo("no booking reference, and no adult with the same surname on this flight");
        assertThat(i.evidence()).contains(new Evidence("bookingReference", "none", "not in the data"));
    }

    @Test
    void noBookingReferenceButAnAdultWithTheSameSurnameIsNotAlone() {
        assertThat(assess(flight(pax("c").surname("Müller").age(9), pax("m").surname("MUELLER").age(30).booking("X1")))
                .traveller("c").indicator("M2")).isNull();
    }

    @Test
    void theEscortMustBeAnAdultUnderTheMajorityAgeOfTheirCountry() {
        // 19 is an adult in France but not in the Republic of Korea (19 there is the majority age, 18 is not)
        assertThat(assess(flight(pax("c").age(9).booking("B1"), pax("b").age(18).nationality("KOR").booking("B1")))
                .traveller("c").indicator("M2")).isNotNull();
        assertThat(assess(flight(pax("c").age(9).booking("B1"), pax("b").age(18).nationality("FRA").booking("B1")))
                .traveller("c").indicator("M2")).isNull();
        assertThat(assess(flight(pax("c").age(9).booking("B1"), pax("b").age(20).nationality("FRA").residence("EGY")
                .booking("B1"))).traveller("c").indicator("M2")).isNotNull();
    }

    @Test
    void anEscortOfUnknownAgeIsNotAnAdult() {
        assertThat(assess(flight(pax("c").age(9).booking("B1"), pax("x").dobYyMmDd("99XXXX").booking("B1")))
                .traveller("c").indicator("M2")).isNotNull();
    }

    @Test
    void codeshareLocatorsFoldTogether() {
        var booking = pnr("PNR1AA").otherLocator("XX", "CARR99").build();
        assertThat(assess(flight(List.of(booking), pax("c").age(9).booking("CARR99"), pax("m").age(30).booking("PNR1AA")))
                .traveller("c").indicator("M2")).isNull();
    }

    @Test
    void thePnrListingMoreTravellersThanAreOnBoardIsSaid() {
        Indicator i = assess(flight(List.of(pnr("B9").travellers(2).build()), pax("c").age(9).booking("B9")))
                .traveller("c").indicator("M2");
        assertThat(i.explanation()).isEqualTo("booking B9 has no other traveller on this flight (the PNR lists 2 travellers)");
    }
}
