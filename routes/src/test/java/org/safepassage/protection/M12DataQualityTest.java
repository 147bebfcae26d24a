package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.protection.TestFlights.DEPARTURE;
import static org.safepassage.protection.TestFlights.assess;
import static org.safepassage.protection.TestFlights.flight;
import static org.safepassage.protection.TestFlights.pax;

import org.junit.jupiter.api.Test;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.DocumentSource;
import org.safepassage.manifest.model.TravelDocument;

class M12DataQualityTest {

    @Test
    void aDocumentNumberSharedOnTheBooking() {
        Indicator i = assess(flight(pax("c1").age(8).booking("B1").passport("AB 123456", "FRA"),
                pax("c2").age(6).booking("B1").passport("ab123456", "FRA"), pax("a").age(40).booking("B1")
                .passport("ZZ999999", "FRA"))).traveller("c1").indicator("M12");
        assertThat(i.explanation()).isEqualTo("document number shared with 1 other traveller on booking B1");
        assertThat(i.relatedTravellerIds()).containsExactly("c2");
    }

    @Test
    void noDateOfBirthOrNoDocument() {
        assertThat(assess(flight(pax("c").booking("B1"))).traveller("c").indicator("M12").explanation())
                .isEqualTo("no date of birth; no travel document declared");
    }

    @Test
    void aDateOfBirthThatDiffersBetweenRecords() {
        TravelDocument docs = new TravelDocument(DocumentSource.SSR_DOCS, "P", "P7654321", "FRA", null, null, null, null,
                null, "FRA", DateOfBirth.fromDdMmmYy("14MAR12", DEPARTURE), null, false, "DOE", "ALEX", 3);
        assertThat(assess(flight(pax("c").born("2010-03-14").document(docs))).traveller("c").indicator("M12").explanation())
                .isEqualTo("date of birth in the document record (2012-03-14) differs from the traveller's (2010-03-14)");
    }

    @Test
    void notForCleanData() {
        assertThat(assess(flight(pax("c").age(8).booking("B1").passport("P1234567", "FRA"),
                pax("a").age(40).booking("B1").passport("P7654321", "FRA"))).traveller("c").indicator("M12")).isNull();
    }
}
