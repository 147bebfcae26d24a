package org.safepassage.ingest.paxlst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.ingest.edifact.TestInputs.only;
import static org.safepassage.ingest.edifact.TestInputs.parse;
import static org.safepassage.ingest.edifact.TestInputs.sample;
import static org.safepassage.ingest.edifact.TestInputs.warningTexts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.FlightKey;
import org.safepassage.manifest.model.FlightLeg;
import org.safepassage.manifest.model.ListType;
import org.safepassage.manifest.model.PassengerMessage;
import org.safepassage.manifest.model.Sex;
import org.safepassage.manifest.model.TransportMode;
import org.safepassage.manifest.model.TravelDocument;
import org.safepassage.manifest.model.Traveller;
import org.safepassage.manifest.model.TravellerRole;

/** The shared real-world PAXLST samples (see src/test/resources/edifact/PROVENANCE.md). */
class PaxlstSamplesTest {

    @Test
    void gtasTest3IsTheFirstPartOfASplitD02bListOf260Passengers() {
        PassengerMessage m = only(parse(sample("paxlst/gtas_Test3_d02b_split_part1.edi")));
        assertThat(m.messageVersion()).isEqualTo("D02B");
        assertThat(m.listType()).isEqualTo(ListType.PASSENGER);
        assertThat(m.messageReference()).isEqualTo("WSPDLA");
        assertThat(m.commonAccessReference()).isEqualTo("ABC01");
        assertThat(m.sequence().number()).isEqualTo(1);
        assertThat(m.sequence().marker()).isEqualTo("C");
        assertThat(m.sequence().finalPart()).isFalse();
        assertThat(m.sequence().isSplit()).isTrue();
        assertThat(m.travellers()).hasSize(260).allMatch(t -> t.role() == TravellerRole.PASSENGER);

        FlightLeg leg = m.legs().get(0);
        assertThat(m.legs()).hasSize(1);
        assertThat(leg.carrier()).isEqualTo("UA");
        assertThat(leg.flightNumber()).isEqualTo("0989");
        assertThat(leg.departureAirport()).isEqualTo("FRA");
        assertThat(leg.arrivalAirport()).isEqualTo("IAD");
        assertThat(leg.scheduledDeparture()).isEqualTo(LocalDateTime.of(2017, 1, 27, 17, 25));
        assertThat(leg.scheduledArrival()).isEqualTo(LocalDateTime.of(2017, 1, 28, 7, 10));
        assertThat(leg.key()).isEqualTo(FlightKey.of("UA", "989", "FRA", LocalDate.of(2017, 1, 27)));

        Traveller first = m.travellers().get(0);
        assertThat(first.surname()).isEqualTo("Kuchel");
        assertThat(first.givenNames()).isEqualTo("Rachel");
        assertThat(first.middleNames()).isEqualTo("Pat");
        assertThat(first.sex()).isEqualTo(Sex.FEMALE);
        assertThat(first.dateOfBirth().date()).isEqualTo(LocalDate.of(1977, 10, 19));
        assertThat(first.clearanceLocation()).isEqualTo("IAD");
        assertThat(first.embarkation()).isEqualTo("FRA");
        assertThat(first.debarkation()).isEqualTo("IAD");
        assertThat(first.countryOfResidence()).isEqualTo("USA");
        assertThat(first.placeOfBirth()).isEqualTo("Hartford USA");
        assertThat(first.nationality()).isEqualTo("USA");
        TravelDocument doc = first.documents().get(0);
        assertThat(doc.typeCode()).isEqualTo("P");
        assertThat(doc.number()).isEqualTo("12345678");
        assertThat(doc.issuingState()).isEqualTo("USA");
        assertThat(doc.expiry()).isEqualTo(LocalDate.of(2019, 12, 18));
        // every passenger carries the same document number: a data-quality signal for the rules, kept as sent
        assertThat(m.travellers()).allSatisfy(t -> assertThat(t.documents().get(0).number()).isEqualTo("12345678"));

        // the mis-encoded name byte is kept (ISO-8859-1), not fatal
        assertThat(m.envelope().syntax().charset()).isEqualTo("ISO-8859-1");
        assertThat(m.travellers()).anySatisfy(t -> assertThat(t.surname()).startsWith("Nov").hasSize(5));
        // the sample's control counts are wrong: reported, not fatal
        assertThat(warningTexts(m)).anySatisfy(w -> assertThat(w).contains("UNT declares 99 segments"))
                .anySatisfy(w -> assertThat(w).contains("CNT+41 crew total is 206"));
    }

    @Test
    void gtasApisMessageIsATwoLegD05bListOfOneBooking() {
        PassengerMessage m = only(parse(sample("paxlst/gtas_apisMessage_d05b_2pax_multileg.edi")));
        assertThat(m.warnings()).isEmpty();
        assertThat(m.messageVersion()).isEqualTo("D05B");
        assertThat(m.transactionReference()).isEqualTo("AJYTR1070219");
        assertThat(m.reportingParty().name()).isEqualTo("JOHN SMITH");
        assertThat(m.reportingParty().telephone()).isEqualTo("703-555-1212");
        assertThat(m.reportingParty().fax()).isEqualTo("703-555-4545");
        assertThat(m.counts().passengers()).isEqualTo(2);
        assertThat(m.counts().segments()).isEqualTo(33);

        assertThat(m.legs()).extracting(FlightLeg::carrier, FlightLeg::flightNumber, FlightLeg::departureAirport,
                FlightLeg::arrivalAirport).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("AA", "123", "ATL", "ORD"),
                        org.assertj.core.groups.Tuple.tuple("AA", "124", "ORD", "JFK"));
        assertThat(m.legs().get(0).scheduledDeparture()).isEqualTo(LocalDateTime.of(2007, 2, 19, 15, 40));
        assertThat(m.legs().get(1).scheduledArrival()).isEqualTo(LocalDateTime.of(2007, 2, 19, 19, 55));

        assertThat(m.travellers()).hasSize(2);
        Traveller michael = m.travellers().get(0);
        Traveller cheryl = m.travellers().get(1);
        assertThat(michael.surname()).isEqualTo("CLARK");
        assertThat(michael.givenNames()).isEqualTo("MICHAEL");
        assertThat(michael.sex()).isEqualTo(Sex.MALE);
        assertThat(michael.dateOfBirth().date()).isEqualTo(LocalDate.of(1972, 9, 7));
        assertThat(michael.passengerReference()).isEqualTo("ABC123");
        assertThat(michael.embarkation()).isEqualTo("ATL");
        assertThat(michael.references()).extracting(r -> r.qualifier()).containsExactly("AEA", "CR");
        assertThat(cheryl.givenNames()).isEqualTo("CHERYL");
        assertThat(cheryl.sex()).isEqualTo(Sex.FEMALE);
        assertThat(cheryl.dateOfBirth().date()).isEqualTo(LocalDate.of(1973, 4, 7));
        assertThat(cheryl.embarkation()).isEqualTo("ORD");
        assertThat(m.travellersOnBooking("TYR123")).containsExactly(michael, cheryl);
        assertThat(m.travellers()).allSatisfy(t -> assertThat(t.documents()).isEmpty());
    }

    @Test
    void synthetic300IsOneD05bFlightOf300Passengers() {
        PassengerMessage m = only(parse(sample("paxlst/synthetic_300pax_d05b.edi")));
        assertThat(m.warnings()).isEmpty();
        assertThat(m.travellers()).hasSize(300);
        assertThat(m.counts().passengers()).isEqualTo(300);
        assertThat(m.counts().segments()).isEqualTo(3912);
        assertThat(m.counts().segmentsCounted()).isEqualTo(3912);
        assertThat(m.commonAccessReference()).isEqualTo("API01");
        assertThat(m.sequence().isSplit()).isFalse();
        FlightLeg leg = m.legs().get(0);
        assertThat(leg.key()).hasToString("UA123/YVR/2007-04-29");
        assertThat(leg.arrivalAirport()).isEqualTo("JFK");
        Traveller first = m.travellers().get(0);
        assertThat(first.seat()).isEqualTo("1A");
        assertThat(first.bookingReference()).isEqualTo("PNR000");
        assertThat(first.documents().get(0).number()).isEqualTo("X10000000");
        assertThat(first.documents().get(0).expiry()).isEqualTo(LocalDate.of(2030, 1, 1));
        // YYMMDD 150101 against a 2007 flight: 2015 would be after departure, so 1915
        assertThat(first.dateOfBirth().date()).isEqualTo(LocalDate.of(1915, 1, 1));
        assertThat(m.travellersOnBooking("PNR000")).hasSize(3);
        Traveller last = m.travellers().get(299);
        assertThat(last.seat()).isEqualTo("50F");
        assertThat(last.documents().get(0).number()).isEqualTo("X10000299");
    }

    @Test
    void smooksD03bLandCrewManifestIsAcceptedAndMapped() {
        PassengerMessage m = only(parse(sample("paxlst/smooks_d03b_ace_emanifest_crew_1.edi")));
        assertThat(m.messageVersion()).isEqualTo("D03B");
        assertThat(m.listType()).isEqualTo(ListType.OTHER);
        assertThat(m.documentNameCode()).isEqualTo("10");
        assertThat(m.documentIdentifier()).isEqualTo("LOCKKH04103101");
        assertThat(m.legs()).singleElement().satisfies(leg -> {
            assertThat(leg.mode()).isEqualTo(TransportMode.LAND);
            assertThat(leg.carrier()).isEqualTo("LOCK");
            assertThat(leg.arrivalDate()).isEqualTo(LocalDate.of(2004, 12, 30));
        });
        assertThat(m.departureDate()).isEqualTo(LocalDate.of(2004, 12, 30));
        Traveller driver = m.travellers().get(0);
        assertThat(m.travellers()).hasSize(1);
        assertThat(driver.role()).isEqualTo(TravellerRole.CREW);
        assertThat(driver.roleCode()).isEqualTo("VW");
        assertThat(driver.surname()).isEqualTo("AOMAD");
        assertThat(driver.givenNames()).isEqualTo("CHRIS");
        assertThat(driver.sex()).isEqualTo(Sex.MALE); // first repetition of M*M*M*M*M
        assertThat(driver.dateOfBirth().status()).isEqualTo(DateOfBirth.Status.COMPLETE);
        assertThat(driver.dateOfBirth().date()).isEqualTo(LocalDate.of(1935, 9, 19));
        assertThat(driver.nationality()).isEqualTo("US");
        assertThat(driver.documents()).extracting(TravelDocument::typeCode, TravelDocument::number, TravelDocument::issuingState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("5K", "P100971204141", "US"),
                        org.assertj.core.groups.Tuple.tuple("39", "15504141", "US"));
        assertThat(warningTexts(m)).anySatisfy(w -> assertThat(w).contains("document name code 10"))
                .anySatisfy(w -> assertThat(w).contains("VW"));
    }
}
