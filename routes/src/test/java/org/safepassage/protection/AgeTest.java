package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.protection.TestFlights.DEPARTURE;
import static org.safepassage.protection.TestFlights.pax;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.DocumentSource;
import org.safepassage.manifest.model.PassengerType;
import org.safepassage.manifest.model.TravelDocument;
import org.safepassage.manifest.model.Traveller;

class AgeTest {

    private static Age age(TestFlights.Pax p) {
        return Age.at(p.build().data(), DEPARTURE);
    }

    private static AgeCalculator.Result result(Traveller t, LocalDate d) {
        return AgeCalculator.compute(t, d, 110, false);
    }

    @Test
    void ageIsTakenAtTheDepartureDateNotToday() {
        Age a = age(pax("p").born("2010-06-15"));
        assertThat(a.status()).isEqualTo(Age.Status.KNOWN);
        assertThat(a.years()).isEqualTo(7);
        assertThat(age(pax("p").born("2010-06-16")).years()).isEqualTo(6);
        assertThat(age(pax("p").born("1999-06-15")).years()).isEqualTo(18);
        assertThat(age(pax("p").born("1999-06-16")).years()).isEqualTo(17);
        assertThat(age(pax("p").born("1999-06-16")).isMinor(18)).isTrue();
        assertThat(age(pax("p").born("1999-06-15")).mayBeMinor()).isFalse();
    }

    @Test
    void datesWithoutACenturyAreResolvedAgainstTheDepartureDate() {
        assertThat(age(pax("p").dobYyMmDd("100314")).years()).isEqualTo(7);
        assertThat(age(pax("p").dobYyMmDd("170616")).years()).isEqualTo(99);
        // a date the parser resolved against another date is resolved again against this flight
        DateOfBirth resolvedElsewhere = DateOfBirth.fromYyMmDd("150101", LocalDate.of(2020, 1, 1));
        Age a = AgeCalculator.compute(pax("p").dob(resolvedElsewhere).build().data(), LocalDate.of(2010, 5, 1), 110,
                false).age();
        assertThat(a.years()).isEqualTo(95);
        assertThat(a.explanation()).contains("1915-01-01").contains("written 150101");
    }

    @Test
    void unknownDayOrMonthGivesAgeUnknownWhenTheAgeCannotBeTold() {
        Age a = age(pax("p").dobYyMmDd("99XXXX"));
        assertThat(a.status()).isEqualTo(Age.Status.UNKNOWN);
        assertThat(a.youngest()).isEqualTo(17);
        assertThat(a.oldest()).isEqualTo(18);
        assertThat(a.mayBeMinor()).isTrue();
        assertThat(a.isMinor(18)).isFalse();
        assertThat(a.isAdult(18)).isFalse();
        assertThat(a.explanation()).contains("day and month of birth not given");

        Age sure = age(pax("p").dobYyMmDd("1003<<"));
        assertThat(sure.status()).isEqualTo(Age.Status.KNOWN);
        assertThat(sure.years()).isEqualTo(7);
        assertThat(sure.explanation()).contains("day of birth not given");

        Age noYear = age(pax("p").dob(DateOfBirth.fromYyMmDd("XX0314", DEPARTURE)));
        assertThat(noYear.status()).isEqualTo(Age.Status.UNKNOWN);
        assertThat(noYear.youngest()).isNull();
        assertThat(noYear.mayBeMinor()).isTrue();
    }

    @Test
    void impossibleDatesAreDataErrorsNeverMinors() {
        AgeCalculator.Result notADate = result(pax("p").dobYyMmDd("990230").build().data(), DEPARTURE);
        assertThat(notADate.age().status()).isEqualTo(Age.Status.DATA_ERROR);
        assertThat(notADate.problem()).isEqualTo(AgeCalculator.Problem.NOT_A_DATE);
        assertThat(notADate.age().mayBeMinor()).isFalse();

        AgeCalculator.Result after = result(pax("p").born("2017-06-16").build().data(), DEPARTURE);
        assertThat(after.problem()).isEqualTo(AgeCalculator.Problem.AFTER_DEPARTURE);
        assertThat(after.age().mayBeMinor()).isFalse();
        assertThat(after.age().isMinor(18)).isFalse();

        AgeCalculator.Result old = result(pax("p").born("1900-01-01").build().data(), DEPARTURE);
        assertThat(old.problem()).isEqualTo(AgeCalculator.Problem.IMPLAUSIBLY_OLD);
        assertThat(old.age().status()).isEqualTo(Age.Status.DATA_ERROR);
        assertThat(AgeCalculator.compute(pax("p").born("1900-01-01").build().data(), DEPARTURE, 120, false).age().years())
                .isEqualTo(117);
    }

    @Test
    void aDataErrorOnSomeoneBookedAsAChildLeavesTheAgeUnknownButPossiblyAMinor() {
        Age a = age(pax("p").born("2018-01-01").type(PassengerType.CHILD, "CHD"));
        assertThat(a.status()).isEqualTo(Age.Status.UNKNOWN);
        assertThat(a.mayBeMinor()).isTrue();
        assertThat(a.explanation()).contains("after the departure date").contains("booked as a child");
    }

    @Test
    void withoutADateOfBirthTheBookingBoundsTheAge() {
        Age infant = age(pax("p").pnrOnly().infantOf("1"));
        assertThat(infant.status()).isEqualTo(Age.Status.UNKNOWN);
        assertThat(infant.isMinor(2)).isTrue();
        Age child = age(pax("p").pnrOnly().type(PassengerType.CHILD, "CHD"));
        assertThat(child.youngest()).isEqualTo(2);
        assertThat(child.oldest()).isEqualTo(11);
        assertThat(child.isMinor(12)).isTrue();
        Age um = age(pax("p").pnrOnly().ssr("UMNR", "UM10"));
        assertThat(um.youngest()).isEqualTo(10);
        assertThat(um.shortForm()).isEqualTo("about 10 years old");
        Age adult = age(pax("p").pnrOnly().type(PassengerType.ADULT, "A"));
        assertThat(adult.mayBeMinor()).isFalse();
        assertThat(adult.isAdult(18)).isTrue();
        assertThat(adult.isAdult(21)).isTrue();
        Age api = age(pax("p"));
        assertThat(api.mayBeMinor()).isTrue();
        assertThat(api.isAdult(18)).isFalse();
        Age pnr = age(pax("p").pnrOnly());
        assertThat(pnr.mayBeMinor()).isFalse();
        Age pnrStrict = AgeCalculator.compute(pax("p").pnrOnly().build().data(), DEPARTURE, 110, true).age();
        assertThat(pnrStrict.mayBeMinor()).isTrue();
    }

    @Test
    void crewAreMinorsOnlyWhenTheDataSaysSo() {
        assertThat(age(pax("c").crew()).mayBeMinor()).isFalse();
        assertThat(age(pax("c").crew().dobYyMmDd("99XXXX")).mayBeMinor()).isFalse();
        assertThat(age(pax("c").crew().dobYyMmDd("XXXX01")).mayBeMinor()).isFalse();
        // "00" is the year 2000, not an unknown year: born 2000 with the month unknown may be 16 in 2017
        assertThat(age(pax("c").crew().dobYyMmDd("00XX01")).mayBeMinor()).isTrue();
        assertThat(age(pax("c").crew().age(16)).mayBeMinor()).isTrue();
        assertThat(age(pax("c").crew().dobYyMmDd("0103XX")).mayBeMinor()).isTrue();
    }

    @Test
    void theDocumentRecordsDateOfBirthIsUsedWhenTheTravellerHasNone() {
        TravelDocument docs = new TravelDocument(DocumentSource.SSR_DOCS, "P", "123456789", "FRA", null, null, null, null,
                null, "FRA", DateOfBirth.fromDdMmmYy("14MAR10", DEPARTURE), null, false, "DOE", "ALEX", 3);
        AgeCalculator.Result r = result(pax("p").pnrOnly().document(docs).build().data(), DEPARTURE);
        assertThat(r.age().years()).isEqualTo(7);
        assertThat(r.origin()).isEqualTo("PNR SSR DOCS (document record)");
    }

    @Test
    void escortsAreAdultsUnderTheMajorityAgeAsked() {
        Age nineteen = age(pax("p").age(19));
        assertThat(nineteen.isAdult(18)).isTrue();
        assertThat(nineteen.isAdult(21)).isFalse();
        assertThat(nineteen.isMinor(21)).isTrue();
        assertThat(nineteen.mayBeMinor()).isFalse();
    }

    @Test
    void theThreeComponentConstructorKeepsTheContract() {
        Age a = new Age(Age.Status.KNOWN, 7, "7 years old");
        assertThat(a.youngest()).isEqualTo(7);
        assertThat(a.isMinor(18)).isTrue();
        assertThat(a.mayBeMinor()).isTrue();
        assertThat(a.toString()).isEqualTo("Age[KNOWN]");
    }
}
