package org.safepassage.ingest.pnrgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.safepassage.ingest.edifact.TestInputs.only;
import static org.safepassage.ingest.edifact.TestInputs.parse;
import static org.safepassage.ingest.edifact.TestInputs.sample;
import static org.safepassage.ingest.edifact.TestInputs.warningTexts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.safepassage.manifest.model.Booking;
import org.safepassage.manifest.model.DocumentSource;
import org.safepassage.manifest.model.FlightLeg;
import org.safepassage.manifest.model.ListType;
import org.safepassage.manifest.model.PassengerMessage;
import org.safepassage.manifest.model.PassengerType;
import org.safepassage.manifest.model.Sex;
import org.safepassage.manifest.model.SourceKind;
import org.safepassage.manifest.model.TravelDocument;
import org.safepassage.manifest.model.Traveller;

/** The shared real-world PNRGOV samples (see src/test/resources/edifact/PROVENANCE.md). */
class PnrgovSamplesTest {

    @Test
    void pnrMessageExampleHoldsOneBookingOfFivePassengersForUa988() {
        PassengerMessage m = only(parse(sample("pnrgov/gtas_pnrMessageExample.edi")));
        assertThat(m.kind()).isEqualTo(SourceKind.PNRGOV);
        assertThat(m.listType()).isEqualTo(ListType.PNR);
        assertThat(m.messageVersion()).isEqualTo("13.1");
        assertThat(m.legs()).singleElement().satisfies(leg -> {
            assertThat(leg.key()).hasToString("UA988/FRA/2018-09-28");
            assertThat(leg.scheduledDeparture()).isEqualTo(LocalDateTime.of(2018, 9, 28, 12, 20));
            assertThat(leg.arrivalAirport()).isEqualTo("IAD");
            assertThat(leg.arrivalDate()).isNull(); // only an arrival time was sent: the date is not guessed
        });
        assertThat(m.counts().bookings()).isEqualTo(1);

        Booking b = m.bookings().get(0);
        assertThat(b.recordLocator()).isEqualTo("7C789A");
        assertThat(b.reservationSystem()).isEqualTo("UA");
        assertThat(b.bookingDate()).isEqualTo(LocalDate.of(2018, 8, 23)); // RCI date with the type left out
        assertThat(b.ticketingDate()).isEqualTo(LocalDate.of(2018, 9, 27));
        assertThat(b.lastChangedAt()).isEqualTo(LocalDateTime.of(2018, 9, 27, 12, 26));
        assertThat(b.travellerCount()).isEqualTo(5);
        assertThat(b.travellerRefs()).containsExactly("1", "2", "3", "4", "5");
        assertThat(b.formsOfPayment()).extracting(f -> f.code()).containsExactly("CC", "CC", "CC", "CA", "CC");
        assertThat(b.paidInCash()).isTrue();
        assertThat(b.itinerary()).extracting(FlightLeg::departureAirport, FlightLeg::arrivalAirport)
                .containsExactly(tuple("WDH", "ADD"), tuple("ADD", "FRA"), tuple("FRA", "IAD"));
        assertThat(b.isOneWay()).isTrue();
        assertThat(b.ticketNumbers()).hasSize(5);

        assertThat(m.travellers()).hasSize(5);
        Traveller molly = m.travellers().get(0);
        assertThat(molly.surname()).isEqualTo("LOBB");
        assertThat(molly.givenNames()).isEqualTo("MOLLY");
        assertThat(molly.passengerType()).isEqualTo(PassengerType.ADULT);
        assertThat(molly.travellerRef()).isEqualTo("1");
        assertThat(molly.bookingReference()).isEqualTo("7C789A");
        assertThat(molly.sex()).isEqualTo(Sex.FEMALE);
        assertThat(molly.dateOfBirth().date()).isEqualTo(LocalDate.of(1954, 8, 13));
        assertThat(molly.seat()).isEqualTo("22C");
        TravelDocument passport = molly.documents().get(0);
        assertThat(passport.source()).isEqualTo(DocumentSource.SSR_DOCS);
        assertThat(passport.typeCode()).isEqualTo("P");
        assertThat(passport.issuingState()).isEqualTo("GBR");
        assertThat(passport.number()).isEqualTo("796428965");
        assertThat(passport.expiry()).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(passport.nationality()).isNull();
        assertThat(m.travellers()).extracting(Traveller::seat).containsExactly("22C", "21H", "1A", "24H", "33J");
        assertThat(warningTexts(m)).anySatisfy(w -> assertThat(w).contains("UNT declares 50 segments"));
    }

    @Test
    void codeshareSampleReadsBothLocatorsAndTheOperatingCarrier() {
        PassengerMessage m = only(parse(sample("pnrgov/gtas_codeshare.edi")));
        assertThat(m.messageVersion()).isEqualTo("11.1");
        assertThat(m.envelope().syntax().serviceCharacters()).isEqualTo(":+.\\*'");
        assertThat(m.legs().get(0).key()).hasToString("SQ609/ICN/2013-05-27");
        assertThat(m.bookings()).hasSize(2);
        Booking first = m.bookings().get(0);
        assertThat(first.recordLocator()).isEqualTo("2LS6KP");
        assertThat(first.reservationSystem()).isEqualTo("1A");
        assertThat(first.otherLocators()).extracting(r -> r.qualifier(), r -> r.value()).containsExactly(tuple("KE", "EDP2RW"));
        assertThat(first.bookedAt()).isEqualTo(LocalDateTime.of(2013, 5, 20, 4, 39));
        assertThat(first.itinerary()).singleElement().satisfies(leg -> {
            assertThat(leg.carrier()).isEqualTo("KE");
            assertThat(leg.operatingCarrier()).isEqualTo("SQ");
            assertThat(leg.flightNumber()).isEqualTo("609");
        });
        assertThat(m.travellers()).extracting(Traveller::surname, Traveller::givenNames, Traveller::bookingReference)
                .containsExactly(tuple("PARK", "SEJOON", "2LS6KP"), tuple("KIM", "KONG CHUN", "X49V9U"));
        Traveller park = m.travellers().get(0);
        assertThat(park.dateOfBirth().date()).isEqualTo(LocalDate.of(1972, 9, 10));
        assertThat(park.seat()).isEqualTo("039G"); // from check-in data (SSD)
        assertThat(park.ssr("CKIN").text()).isEqualTo("10KG EXBG WAIVER AUTH BY MDPRM");
        assertThat(m.travellers().get(1).seat()).isEqualTo("14A"); // SSR RQST for ICN-SIN
        // the check-in repeats of TIF are not new travellers
        assertThat(m.bookings()).allSatisfy(b -> assertThat(b.travellerCount()).isEqualTo(1));
    }

    @Test
    void threePnrsSampleHoldsAnInfantAGroupAndAReturnJourney() {
        PassengerMessage m = only(parse(sample("pnrgov/gtas_3_pnrs.edi")));
        assertThat(m.warnings()).isEmpty();
        assertThat(m.counts().bookings()).isEqualTo(3);
        assertThat(m.bookings()).extracting(Booking::recordLocator).containsExactly("W9TEND", "D1RGHI", "GBFKSK");
        assertThat(m.bookings()).extracting(Booking::travellerCount).containsExactly(1, 3, 9);
        assertThat(m.travellers()).hasSize(13);

        Booking first = m.bookings().get(0);
        assertThat(first.isOneWay()).isFalse(); // SIN-OOL and back; history TVLs are not itinerary
        assertThat(first.itinerary()).hasSize(2);
        assertThat(first.paidInCash()).isTrue();
        assertThat(first.bookedAt()).isEqualTo(LocalDateTime.of(2013, 5, 23, 18, 13, 48));
        assertThat(first.ticketedAt()).isEqualTo(LocalDateTime.of(2013, 5, 23, 21, 24));
        Traveller kevin = m.travellers().get(0);
        assertThat(kevin.givenNames()).isEqualTo("KEVINMICHAEL"); // TIF title MR removed
        assertThat(kevin.documents().get(0).givenNames()).isEqualTo("KEVIN MICHAEL");
        assertThat(kevin.documents().get(0).expiry()).isEqualTo(LocalDate.of(2019, 1, 12));

        Booking family = m.bookings().get(1);
        assertThat(family.itinerary()).extracting(FlightLeg::departureAirport)
                .containsExactly("LHR", "SIN", "OOL", "SIN");
        assertThat(family.isOneWay()).isFalse();
        assertThat(family.ssrs()).extracting(s -> s.code()).contains("INFT", "DOCS", "SEAT");
        Traveller kayla = m.travellersOnBooking("D1RGHI").get(1);
        Traveller archer = m.travellersOnBooking("D1RGHI").get(2);
        assertThat(kayla.givenNames()).isEqualTo("KAYLA");
        assertThat(kayla.seat()).isEqualTo("54B");
        assertThat(archer.isInfant()).isTrue();
        assertThat(archer.passengerTypeCode()).isEqualTo("IN");
        assertThat(archer.travellerRef()).isEqualTo("43578I");
        assertThat(archer.accompanyingTravellerRef()).isEqualTo(kayla.travellerRef());
        assertThat(archer.dateOfBirth().date()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(archer.sex()).isEqualTo(Sex.MALE);
        assertThat(archer.documents().get(0).infant()).isTrue();

        Booking group = m.bookings().get(2);
        assertThat(group.ticketingDate()).isNull();
        assertThat(group.formsOfPayment()).isEmpty();
        assertThat(m.travellersOnBooking("GBFKSK")).extracting(Traveller::surname)
                .doesNotContain("ACME TEAM PARTY") // the group name is not a person
                .contains("CAPSON", "ALLEN", "TBA");
        Traveller hunter = m.travellersOnBooking("GBFKSK").get(1);
        assertThat(hunter.dateOfBirth().date()).isEqualTo(LocalDate.of(1992, 4, 27)); // DOCS with only DOB and sex
        assertThat(hunter.documents().get(0).number()).isNull();
    }

    @Test
    void docoSampleReadsTheVisa() {
        PassengerMessage m = only(parse(sample("pnrgov/gtas_pnrWithDoco.edi")));
        Traveller charles = m.travellers().get(0);
        assertThat(m.travellers()).hasSize(1);
        assertThat(charles.documents()).extracting(TravelDocument::source)
                .containsExactly(DocumentSource.SSR_DOCS, DocumentSource.SSR_DOCO);
        TravelDocument visa = charles.documents().get(1);
        assertThat(visa.typeCode()).isEqualTo("V");
        assertThat(visa.number()).isEqualTo("8675309");
        assertThat(visa.placeOfIssue()).isEqualTo("OTHER PLACE");
        assertThat(visa.issueDate()).isEqualTo(LocalDate.of(2006, 12, 22));
        assertThat(visa.issuingState()).isEqualTo("LI");
        assertThat(charles.placeOfBirth()).isEqualTo("HERE VA");
        assertThat(charles.seat()).isEqualTo("23K");
        assertThat(m.bookings().get(0).paidInCash()).isTrue();
        assertThat(m.bookings().get(0).ticketedAt()).isEqualTo(LocalDateTime.of(2018, 5, 9, 11, 20));
    }
}
