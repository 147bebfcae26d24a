package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.safepassage.protection.TestFlights.DEPARTURE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.safepassage.manifest.model.Booking;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.DocumentSource;
import org.safepassage.manifest.model.PassengerType;
import org.safepassage.manifest.model.TravelDocument;

/**
 * Data as it really arrives: missing booking references, PNR-only and API-only travellers, infants without
 * dates of birth, crew lists, odd dates and codes. Thousands of generated flights: the assessment never fails,
 * is deterministic, and never refers anyone who is not (possibly) a minor.
 */
class RealisticDataTest {

    private static final String[] DOBS = {null, "", "100314", "1003XX", "10<<<<", "XXXXXX", "000000", "990230", "991301",
            "9A0101", "170616", "150101", "010101", "12MAR15", "XXMAR10", "31FEB12", "14MAR2010", "2010-03-14", "1",
            "20100314"};
    private static final String[] NAMES = {"NOVAK", "Müller", "MUELLER", null, "", "O'BRIEN", "GARCIA LOPEZ", "李", "---",
            "AL-HASSAN", "ŁUKASIEWICZ"};
    private static final String[] COUNTRIES = {null, "", "DEU", "D", "FR", "SYR", "AFG", "XXA", "GBD", "KOR", "1"};

    @Test
    void generatedFlightsNeverFailAndAreDeterministic() {
        Random random = new Random(20170615);
        MinorProtectionAssessor assessor = new MinorProtectionAssessor(TestFlights.catalogue());
        for (int round = 0; round < 1500; round++) {
            FlightContext f = randomFlight(random, round);
            FlightAssessment[] a = new FlightAssessment[1];
            assertThatCode(() -> a[0] = assessor.assess(f)).doesNotThrowAnyException();
            assertThat(assessor.assess(f)).isEqualTo(a[0]);
            assertThat(a[0].travellers()).hasSize(f.travellers().size());
            for (TravellerAssessment t : a[0].travellers()) {
                if (t.referralWarranted()) {
                    assertThat(t.age().mayBeMinor()).isTrue();
                }
                if (!t.age().mayBeMinor()) {
                    assertThat(t.indicatorCodes()).isSubsetOf("M13");
                    assertThat(t.score()).isZero();
                }
                if (t.age().status() == Age.Status.DATA_ERROR) {
                    assertThat(t.referralWarranted()).isFalse();
                }
            }
        }
    }

    private static FlightContext randomFlight(Random r, int round) {
        int n = 1 + r.nextInt(12);
        List<TestFlights.Pax> pax = new ArrayList<>();
        List<Booking> bookings = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            if (r.nextBoolean()) {
                TestFlights.Pnr p = TestFlights.pnr("B" + b);
                if (r.nextBoolean()) {
                    p.oneWay();
                }
                if (r.nextBoolean()) {
                    p.cash();
                }
                if (r.nextInt(4) == 0) {
                    p.bookedAt(null);
                }
                if (r.nextInt(4) == 0) {
                    p.ssr("UMNR", r.nextBoolean() ? "UM07" : null, r.nextBoolean() ? "1" : null);
                }
                if (r.nextInt(5) == 0) {
                    p.itinerary();
                }
                bookings.add(p.build());
            }
        }
        for (int i = 0; i < n; i++) {
            TestFlights.Pax p = TestFlights.pax("t" + i).surname(pick(r, NAMES));
            String dob = pick(r, DOBS);
            p.dob(dob == null ? DateOfBirth.missing()
                    : dob.length() == 7 || dob.length() == 9 ? DateOfBirth.fromDdMmmYy(dob, DEPARTURE)
                    : dob.length() == 8 ? DateOfBirth.fromCcyyMmDd(dob)
                    : dob.length() == 10 ? DateOfBirth.of(LocalDate.parse(dob))
                    : DateOfBirth.fromYyMmDd(dob, r.nextBoolean() ? DEPARTURE : LocalDate.of(2030, 1, 1)));
            switch (r.nextInt(6)) {
                case 0 -> p.crew();
                case 1 -> p.pnrOnly();
                case 2 -> p.pnrOnly().type(PassengerType.values()[r.nextInt(PassengerType.values().length)], "X");
                case 3 -> p.pnrOnly().infantOf(String.valueOf(r.nextInt(3)));
                default -> {
                }
            }
            p.ref(String.valueOf(r.nextInt(4)));
            if (r.nextInt(3) > 0) {
                p.booking(r.nextInt(5) == 0 ? " b" + r.nextInt(3) + " " : "B" + r.nextInt(4));
            }
            p.nationality(pick(r, COUNTRIES)).residence(pick(r, COUNTRIES));
            if (r.nextBoolean()) {
                LocalDate issue = r.nextBoolean() ? null : DEPARTURE.minusDays(r.nextInt(4000) - 100);
                LocalDate expiry = r.nextBoolean() ? null : DEPARTURE.plusDays(r.nextInt(4000) - 100);
                p.document(new TravelDocument(DocumentSource.values()[r.nextInt(3)], r.nextBoolean() ? "P" : null,
                        r.nextBoolean() ? "X" + r.nextInt(3) + "00000" : null, pick(r, COUNTRIES), expiry, null, issue, null,
                        null, pick(r, COUNTRIES), r.nextBoolean() ? DateOfBirth.missing()
                        : DateOfBirth.fromDdMmmYy("14MAR1" + r.nextInt(10), DEPARTURE), null, r.nextBoolean(),
                        pick(r, NAMES), null, 1));
            }
            if (r.nextInt(4) == 0) {
                p.ssr(r.nextBoolean() ? "UMNR" : "INFT", r.nextBoolean() ? "UM" + r.nextInt(20) : null);
            }
            if (r.nextInt(5) == 0) {
                p.check(r.nextBoolean() ? "INVALID" : r.nextBoolean() ? null : "VALID",
                        r.nextBoolean() ? "mrz.composite" : "dsc.chain");
            }
            pax.add(p);
        }
        LocalDate departure = round % 50 == 0 ? null : DEPARTURE;
        OtherFlights other = round % 3 == 0 ? adult -> List.of(new EscortedMinor("F9", "m1", "JONES"),
                new EscortedMinor(null, null, null)) : OtherFlights.NONE;
        return new FlightContext("F" + round, null, departure, null, round % 7 == 0 ? List.of() : List.of(TestFlights.LEG),
                pax.stream().map(TestFlights.Pax::build).toList(), bookings, other);
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
