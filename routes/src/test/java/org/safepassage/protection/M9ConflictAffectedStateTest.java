package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.protection.TestFlights.DEPARTURE;
import static org.safepassage.protection.TestFlights.assess;
import static org.safepassage.protection.TestFlights.flight;
import static org.safepassage.protection.TestFlights.leg;
import static org.safepassage.protection.TestFlights.pax;
import static org.safepassage.protection.TestFlights.pnr;

import java.util.List;
import org.junit.jupiter.api.Test;

class M9ConflictAffectedStateTest {

    @Test
    void nationalityOrIssuingStateOnTheList() {
        Indicator i = assess(flight(pax("c").age(8).nationality("SY").passport("P1", "SYR"))).traveller("c").indicator("M9");
        assertThat(i.explanation()).isEqualTo("on the catalogue's list of conflict-affected states: nationality SYR, "
                + "document issued by SYR");
        assertThat(i.evidence()).contains(new Evidence("nationality", "SYR", "PAXLST NAT+2"));
    }

    @Test
    void anEarlierLegOfTheJourneyFromAListedState() {
        var booking = pnr("B1").itinerary(leg(1, "XX", "9", "KBL", DEPARTURE.minusDays(1), "IST"), TestFlights.LEG).build();
        Indicator i = assess(flight(List.of(booking), pax("c").age(8).booking("B1").nationality("DEU")))
                .traveller("c").indicator("M9");
        assertThat(i.explanation()).contains("earlier leg from KBL (AFG)");
    }

    @Test
    void notForOtherStates() {
        assertThat(assess(flight(pax("c").age(8).nationality("DEU").passport("P1", "DEU").embarkation("FRA")))
                .traveller("c").indicator("M9")).isNull();
    }
}
