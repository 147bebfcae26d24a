package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.protection.TestFlights.assess;
import static org.safepassage.protection.TestFlights.flight;
import static org.safepassage.protection.TestFlights.pax;
import static org.safepassage.protection.TestFlights.pnr;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safepassage.manifest.model.PassengerType;

class M8InfantWithoutAdultTest {

    @Test
    void anInfantWhoseLinkedAdultIsNotOnThisFlightIsDecisive() {
        TravellerAssessment t = assess(flight(List.of(pnr("B1").travellers(2).build()),
                pax("baby").pnrOnly().infantOf("1").ref("2").booking("B1"))).traveller("baby");
        Indicator i = t.indicator("M8");
        assertThat(i.decisive()).isTrue();
        assertThat(i.explanation()).contains("the adult it is booked with (PNR traveller 1) is not on this flight");
        assertThat(t.referralWarranted()).isTrue();
    }

    @Test
    void anInfantByDateOfBirthWithOnlyASiblingOnTheBooking() {
        Indicator i = assess(flight(pax("baby").age(1).booking("B1"), pax("sib").age(15).booking("B1")))
                .traveller("baby").indicator("M8");
        assertThat(i.relatedTravellerIds()).containsExactly("sib");
    }

    @Test
    void notWithAnAdultNorForAChildOfTwo() {
        assertThat(assess(flight(pax("baby").pnrOnly().infantOf("1").booking("B1"),
                pax("m").pnrOnly().ref("1").type(PassengerType.ADULT, "A").booking("B1")))
                .traveller("baby").indicator("M8")).isNull();
        assertThat(assess(flight(pax("c").age(2).booking("B1"))).traveller("c").indicator("M8")).isNull();
    }
}
