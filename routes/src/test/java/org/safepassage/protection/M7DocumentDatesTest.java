package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.protection.TestFlights.DEPARTURE;
import static org.safepassage.protection.TestFlights.assess;
import static org.safepassage.protection.TestFlights.flight;
import static org.safepassage.protection.TestFlights.pax;
import static org.safepassage.protection.TestFlights.pnr;

import java.util.List;
import org.junit.jupiter.api.Test;

class M7DocumentDatesTest {

    @Test
    void issuedShortlyBeforeTravel() {
        Indicator i = assess(flight(pax("c").age(8).passport("P1234567", "FRA", DEPARTURE.minusDays(10),
                DEPARTURE.plusYears(5)))).traveller("c").indicator("M7");
        assertThat(i.explanation()).isEqualTo("passport (FRA) issued 10 days before departure");
        assertThat(i.evidence()).contains(new Evidence("documentIssueDate", "2017-06-05", "PAXLST DTM+182"));
    }

    @Test
    void expiringBeforeTheReturnFlight() {
        Indicator i = assess(flight(List.of(pnr("B1").build()), pax("c").age(8).booking("B1")
                .passport("P1234567", "FRA", null, DEPARTURE.plusDays(7)))).traveller("c").indicator("M7");
        assertThat(i.explanation()).isEqualTo("passport (FRA) expires on 2017-06-22, before the return flight on 2017-06-29");
    }

    @Test
    void expiredOrExpiringSoonWithoutAReturn() {
        assertThat(assess(flight(pax("c").age(8).passport("P1", "FRA", null, DEPARTURE.minusDays(1))))
                .traveller("c").indicator("M7").explanation()).contains("expired on 2017-06-14, before departure");
        assertThat(assess(flight(pax("c").age(8).passport("P1", "FRA", null, DEPARTURE.plusDays(20))))
                .traveller("c").indicator("M7").explanation()).contains("expires 20 days after departure");
    }

    @Test
    void notForAnOldDocumentValidLongEnoughNorForVisas() {
        assertThat(assess(flight(pax("c").age(8).passport("P1", "FRA", DEPARTURE.minusYears(2), DEPARTURE.plusYears(3))))
                .traveller("c").indicator("M7")).isNull();
        assertThat(assess(flight(pax("c").age(8).document(new org.safepassage.manifest.model.TravelDocument(
                org.safepassage.manifest.model.DocumentSource.PAXLST_DOC, "V", "V1", "USA", DEPARTURE.plusDays(3), null,
                DEPARTURE.minusDays(3), null, null, null, null, null, false, null, null, 1))))
                .traveller("c").indicator("M7")).isNull();
    }
}
