package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.protection.TestFlights.DEPARTURE;
import static org.safepassage.protection.TestFlights.assess;
import static org.safepassage.protection.TestFlights.flight;
import static org.safepassage.protection.TestFlights.pax;
import static org.safepassage.protection.TestFlights.pnr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.PassengerType;

/** The acceptance scenarios of the issue, and the assessor's contract (version, order, swap, threads). */
class MinorProtectionAssessorTest {

    @Test
    void aSevenYearOldAloneIsReferredWithM1M2M3AndAnExplanationAnOfficerCanRead() {
        FlightAssessment a = assess(flight(List.of(pnr("89TVRV").build()),
                pax("child").surname("NOVAK").born("2010-03-14").booking("89TVRV").passport("C1234567", "CZE")));

        TravellerAssessment child = a.traveller("child");
        assertThat(child.age().status()).isEqualTo(Age.Status.KNOWN);
        assertThat(child.age().years()).isEqualTo(7);
        assertThat(child.indicatorCodes()).containsExactly("M1", "M2", "M3");
        assertThat(child.score()).isEqualTo(7);
        assertThat(child.referralWarranted()).isTrue();
        assertThat(a.referrals()).extracting(TravellerAssessment::travellerId).containsExactly("child");
        assertThat(child.indicator("M3").explanation())
                .isEqualTo("7 years old, under the carrier's unaccompanied-minor age of 12; booking 89TVRV has no adult on"
                        + " this flight; no unaccompanied-minor service request (SSR UMNR)");
        assertThat(child.indicator("M2").explanation()).isEqualTo("booking 89TVRV has no other traveller on this flight");
        assertThat(child.indicator("M1").explanation()).startsWith("7 years old at departure on 2017-06-15");
        assertThat(child.indicator("M1").evidence())
                .contains(new Evidence("dateOfBirth", "2010-03-14", "PAXLST DTM+329"));
        assertThat(child.indicator("M2").evidence())
                .contains(new Evidence("bookingReference", "89TVRV", "PAXLST RFF+AVF"));
        assertThat(child.indicator("M3").source()).contains("IATA Recommended Practice 1753");
    }

    @Test
    void aFamilyWithDifferentSurnamesAndAParentOnTheBookingIsNotReferred() {
        FlightAssessment a = assess(flight(List.of(pnr("FAM001").travellers(3).build()),
                pax("mother").surname("GARCIA").age(38).booking("FAM001").nationality("ESP").passport("P1", "ESP"),
                pax("father").surname("SMITH").age(40).booking("FAM001").nationality("GBR").passport("P2", "GBR"),
                pax("child").surname("JONES").age(9).booking("FAM001").nationality("GBR").passport("P3", "GBR")));

        TravellerAssessment child = a.traveller("child");
        assertThat(child.indicatorCodes()).containsExactly("M1", "M4");
        assertThat(child.referralWarranted()).isFalse();
        assertThat(a.referrals()).isEmpty();
        assertThat(a.traveller("mother").indicators()).isEmpty();
    }

    @Test
    void a2015BirthYearOnA2010PnrResolvesTo1915AndIsNoReferral() {
        LocalDate flight2010 = LocalDate.of(2010, 5, 1);
        // as the PNR parser reads it against the flight date
        DateOfBirth parsed = DateOfBirth.fromDdMmmYy("01JAN15", flight2010);
        assertThat(parsed.year()).isEqualTo(1915);
        // and as a parser that resolved it against another date (or none) would have left it
        DateOfBirth misresolved = DateOfBirth.fromDdMmmYy("01JAN15", LocalDate.of(2020, 1, 1));
        assertThat(misresolved.year()).isEqualTo(2015);

        for (DateOfBirth dob : List.of(parsed, misresolved)) {
            FlightContext f = new FlightContext("F2010", null, flight2010, null, List.of(), List.of(
                    pax("p").pnrOnly().booking("ABC123").dob(dob).build()), List.of(pnr("ABC123").oneWay().build()),
                    OtherFlights.NONE);
            TravellerAssessment t = assess(f).traveller("p");
            assertThat(t.age().years()).isEqualTo(95);
            assertThat(t.indicators()).isEmpty();
            assertThat(t.referralWarranted()).isFalse();
        }
    }

    @Test
    void everyAssessmentRecordsTheCatalogueVersion() {
        FlightAssessment a = assess(flight(pax("a").age(30), pax("b").age(5)));
        assertThat(a.ruleSetVersion()).isEqualTo(TestFlights.catalogue().version());
        assertThat(a.travellers()).allSatisfy(t -> assertThat(t.ruleSetVersion()).isEqualTo(a.ruleSetVersion()));
    }

    @Test
    void theSameInputGivesTheSameOutputInCatalogueOrder() {
        FlightContext f = busyFlight();
        MinorProtectionAssessor assessor = new MinorProtectionAssessor(TestFlights.catalogue());
        FlightAssessment first = assessor.assess(f);
        FlightAssessment second = assessor.assess(f);
        assertThat(second).isEqualTo(first);
        TravellerAssessment child = first.traveller("c1");
        List<String> codes = child.indicatorCodes();
        List<String> sorted = new ArrayList<>(codes);
        sorted.sort(Rules::catalogueOrder);
        assertThat(codes).isEqualTo(sorted).contains("M10", "M11");
        assertThat(child.indicators()).allSatisfy(i ->
                assertThat(i.relatedTravellerIds()).isSorted());
    }

    @Test
    void swappingTheCatalogueTakesEffectForLaterAssessments() throws Exception {
        MinorProtectionAssessor assessor = new MinorProtectionAssessor(TestFlights.catalogue());
        FlightContext f = flight(pax("teen").age(16).booking("T1").passport("T1234567", "FRA"));
        assertThat(assessor.assess(f).traveller("teen").referralWarranted()).isFalse();

        String text = java.nio.file.Files.readString(RuleCatalogue.DEFAULT_LOCATION)
                .replaceFirst("(?m)^version: .*$", "version: \"test-strict\"").replace("threshold: 5", "threshold: 4");
        RuleCatalogue strict = RuleCatalogue.parse(text, "strict");
        assessor.use(strict);
        FlightAssessment after = assessor.assess(f);
        assertThat(after.ruleSetVersion()).isEqualTo("test-strict");
        assertThat(after.traveller("teen").referralWarranted()).isTrue();
        assertThat(assessor.catalogue()).isSameAs(strict);
    }

    @Test
    void crewAreNotAssessedAsMinorsUnlessTheDataSaysSo() {
        FlightAssessment a = assess(flight(
                pax("captain").crew().surname("A").age(45),
                pax("purser").crew().surname("B"),
                pax("trainee").crew().surname("C").age(17).passport("X1234567", "DEU")));
        assertThat(a.traveller("purser").age().mayBeMinor()).isFalse();
        assertThat(a.traveller("purser").indicators()).isEmpty();
        assertThat(a.traveller("trainee").indicatorCodes()).containsExactly("M1");
        assertThat(a.traveller("trainee").referralWarranted()).isFalse();
        assertThat(a.referrals()).isEmpty();
    }

    @Test
    void adultsGetNoIndicatorsButDataErrors() {
        FlightAssessment a = assess(flight(pax("old").dobYyMmDd("990230"), pax("adult").age(30).booking("X")));
        assertThat(a.traveller("old").age().status()).isEqualTo(Age.Status.DATA_ERROR);
        assertThat(a.traveller("old").indicatorCodes()).containsExactly("M13");
        assertThat(a.traveller("old").score()).isZero();
        assertThat(a.traveller("old").referralWarranted()).isFalse();
        assertThat(a.traveller("adult").indicators()).isEmpty();
    }

    @Test
    void anInfantWithoutDateOfBirthLinkedToItsParentIsNotReferred() {
        FlightAssessment a = assess(flight(List.of(pnr("INF001").travellers(2).build()),
                pax("mum").pnrOnly().type(PassengerType.ADULT, "A").ref("1").booking("INF001").surname("KOWALSKA"),
                pax("baby").pnrOnly().infantOf("1").ref("2").booking("INF001").surname("KOWALSKI")));
        TravellerAssessment baby = a.traveller("baby");
        assertThat(baby.age().status()).isEqualTo(Age.Status.UNKNOWN);
        assertThat(baby.age().oldest()).isEqualTo(1);
        assertThat(baby.indicatorCodes()).doesNotContain("M2", "M4", "M8");
        assertThat(baby.referralWarranted()).isFalse();
    }

    @Test
    void aTravellerWithNoDateOfBirthAloneOnApiDataIsAReasonToLook() {
        TravellerAssessment t = assess(flight(pax("x").booking("ZZ9").passport("P9", "FRA"))).traveller("x");
        assertThat(t.age().status()).isEqualTo(Age.Status.UNKNOWN);
        assertThat(t.indicatorCodes()).containsExactly("M1", "M2", "M12");
        assertThat(t.indicator("M1").explanation()).contains("no date of birth").contains("may be under 18");
        assertThat(t.referralWarranted()).isTrue();
    }

    @Test
    void aPnrOnlyAdultWithoutDateOfBirthIsTakenAsAnAdultUntilApiDataArrives() {
        FlightAssessment a = assess(flight(List.of(pnr("SOLO01").oneWay().cash().build()),
                pax("p").pnrOnly().booking("SOLO01").type(PassengerType.ADULT, "A")));
        assertThat(a.traveller("p").age().mayBeMinor()).isFalse();
        assertThat(a.referrals()).isEmpty();
        FlightAssessment noType = assess(flight(List.of(pnr("SOLO02").oneWay().build()),
                pax("q").pnrOnly().booking("SOLO02")));
        assertThat(noType.traveller("q").age().explanation()).contains("taken as an adult until API data arrives");
        assertThat(noType.referrals()).isEmpty();
    }

    @Test
    void anEmptyOrDatelessFlightIsAssessedWithoutFailing() {
        assertThat(assess(new FlightContext("E", null, null, null, null, null, null, null)).travellers()).isEmpty();
        FlightAssessment a = assess(new FlightContext("E", null, null, null, null,
                List.of(pax("c").born("2010-01-01").build()), null, null));
        assertThat(a.traveller("c").age().status()).isEqualTo(Age.Status.UNKNOWN);
        assertThat(a.traveller("c").age().explanation()).contains("no departure date");
    }

    @Test
    void concurrentAssessmentsWhileSwappingCataloguesUseOneVersionPerFlight() throws Exception {
        MinorProtectionAssessor assessor = new MinorProtectionAssessor(TestFlights.catalogue());
        String text = java.nio.file.Files.readString(RuleCatalogue.DEFAULT_LOCATION);
        RuleCatalogue other = RuleCatalogue.parse(text.replaceFirst("(?m)^version: .*$", "version: \"other\""), "other");
        FlightContext f = busyFlight();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<FlightAssessment>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                if (i % 10 == 0) {
                    assessor.use(i % 20 == 0 ? other : TestFlights.catalogue());
                }
                results.add(pool.submit(() -> assessor.assess(f)));
            }
            for (Future<FlightAssessment> r : results) {
                FlightAssessment a = r.get();
                assertThat(a.travellers()).allSatisfy(t -> assertThat(t.ruleSetVersion()).isEqualTo(a.ruleSetVersion()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void toStringsCarryNoPersonalData() {
        FlightAssessment a = assess(flight(pax("child").surname("NOVAK").born("2010-03-14").booking("89TVRV")
                .passport("C1234567", "CZE")));
        String all = a.toString() + a.traveller("child") + a.traveller("child").indicators()
                + a.traveller("child").age() + a.traveller("child").indicators().get(0).evidence();
        assertThat(all).doesNotContain("NOVAK").doesNotContain("2010").doesNotContain("C1234567");
    }

    @Test
    void aFailingLookUpIsReportedByIdsWithoutTheCausesMessage() {
        OtherFlights failing = adult -> {
            throw new IllegalStateException("lookup failed for " + adult.surname());
        };
        FlightContext f = flight(List.of(), failing, pax("a").surname("SECRETNAME").age(40).booking("B1"),
                pax("c").age(8).booking("B1"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assess(f))
                .isInstanceOf(MinorProtectionAssessor.RuleFailure.class)
                .hasMessage("indicator M5 failed for traveller c on flight F1 (java.lang.IllegalStateException)")
                .hasNoCause();
    }

    /** A flight with a bit of everything, for order and determinism checks. */
    static FlightContext busyFlight() {
        return flight(List.of(pnr("B1").cash().oneWay().travellers(3).build(), pnr("B2").build()),
                pax("a1").surname("MILLER").age(35).booking("B1").nationality("DEU").passport("D0000001", "DEU"),
                pax("c1").surname("SCHMIDT").age(8).booking("B1").nationality("SYR").passport("S0000001", "SYR"),
                pax("c2").surname("AHMED").age(6).booking("B1").nationality("SYR").passport("S0000001", "SYR"),
                pax("c3").surname("NOVAK").age(10).booking("B2"),
                pax("c4").surname("NOVAK").age(4).booking("B2"),
                pax("x").crew().age(30));
    }

    @Test
    void busyFlightReferralsAreExplained() {
        FlightAssessment a = assess(busyFlight());
        assertThat(a.traveller("c1").indicatorCodes()).contains("M1", "M4", "M6", "M10", "M11", "M12");
        assertThat(a.traveller("c1").referralWarranted()).isTrue();
        assertThat(a.traveller("c3").indicatorCodes()).contains("M1", "M2", "M3");
        assertThat(a.traveller("c3").indicator("M2").relatedTravellerIds()).containsExactly("c4");
        assertThat(DEPARTURE).isEqualTo(LocalDate.of(2017, 6, 15));
    }
}
