package org.safepassage.protection.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.safepassage.manifest.model.Booking;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.DocumentSource;
import org.safepassage.manifest.model.FlightKey;
import org.safepassage.manifest.model.FlightLeg;
import org.safepassage.manifest.model.FormOfPayment;
import org.safepassage.manifest.model.PassengerType;
import org.safepassage.manifest.model.SpecialServiceRequest;
import org.safepassage.manifest.model.TransportMode;
import org.safepassage.manifest.model.TravelDocument;
import org.safepassage.manifest.model.Traveller;
import org.safepassage.manifest.model.TravellerRole;
import org.safepassage.protection.FlightAssessment;
import org.safepassage.protection.FlightContext;
import org.safepassage.protection.MinorProtectionAssessor;
import org.safepassage.protection.OtherFlights;
import org.safepassage.protection.RuleCatalogue;
import org.safepassage.protection.TravellerInContext;

/**
 * Assessment of a 300-traveller flight (288 passengers in about 120 bookings with PNRs, about 20% minors,
 * some infants without dates of birth, some without booking reference, 12 crew): target under 1 ms.
 *
 * <p>Run: {@code ./mvnw -q -pl routes -am test-compile exec:exec -Pbench -Dbench=AssessmentBenchmark
 * -Dbench.args="-f 1 -wi 3 -i 5"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessmentBenchmark {

    private static final LocalDate DEPARTURE = LocalDate.of(2017, 6, 15);
    private static final String[] SURNAMES = {"SMITH", "MÜLLER", "GARCIA LOPEZ", "NOVAK", "NGUYEN", "MOHAMMED", "KOWALSKI",
            "O'BRIEN", "ROSSI", "DUBOIS", "ANDERSSON", "YILMAZ", "IVANOV", "TANAKA", "SILVA", "JOHANSSON", "HASSAN"};
    private static final String[] NATIONALITIES = {"DEU", "FRA", "GBR", "USA", "POL", "VNM", "SYR", "TUR", "ESP", "ITA"};

    private MinorProtectionAssessor assessor;
    private FlightContext flight;

    @Setup
    public void setUp() throws Exception {
        assessor = new MinorProtectionAssessor(RuleCatalogue.load(RuleCatalogue.DEFAULT_LOCATION));
        flight = flight(300, new Random(7));
    }

    @Benchmark
    public FlightAssessment assess300Travellers() {
        return assessor.assess(flight);
    }

    static FlightContext flight(int size, Random r) {
        FlightLeg leg = new FlightLeg(1, TransportMode.AIR, "XX", "123", null, "IST", DEPARTURE, LocalTime.of(10, 0), "FRA",
                DEPARTURE, LocalTime.of(13, 0), 1);
        FlightLeg back = new FlightLeg(2, TransportMode.AIR, "XX", "124", null, "FRA", DEPARTURE.plusDays(10),
                LocalTime.of(10, 0), "IST", DEPARTURE.plusDays(10), LocalTime.of(13, 0), 2);
        List<TravellerInContext> travellers = new ArrayList<>(size);
        List<Booking> bookings = new ArrayList<>();
        int crew = 12;
        int i = 0;
        int b = 0;
        while (travellers.size() < size - crew) {
            String locator = String.format("BK%04d", b++);
            int partySize = 1 + r.nextInt(4);
            String family = SURNAMES[r.nextInt(SURNAMES.length)];
            String nat = NATIONALITIES[r.nextInt(NATIONALITIES.length)];
            boolean withPnr = r.nextInt(10) > 0;
            boolean noLocator = r.nextInt(25) == 0;
            for (int p = 0; p < partySize && travellers.size() < size - crew; p++) {
                boolean child = p > 0 && r.nextInt(3) == 0 || partySize == 1 && r.nextInt(15) == 0;
                int age = child ? r.nextInt(17) : 18 + r.nextInt(60);
                DateOfBirth dob = child && age < 2 && r.nextBoolean() ? DateOfBirth.missing()
                        : DateOfBirth.fromYyMmDd(String.format("%02d%02d%02d", (DEPARTURE.getYear() - age - 1) % 100,
                        1 + r.nextInt(12), 1 + r.nextInt(28)), DEPARTURE);
                String surname = r.nextInt(6) == 0 ? SURNAMES[r.nextInt(SURNAMES.length)] : family;
                TravelDocument doc = new TravelDocument(DocumentSource.PAXLST_DOC, "P", "P" + (100000000 + i), nat,
                        DEPARTURE.plusYears(1 + r.nextInt(9)), null, DEPARTURE.minusDays(r.nextInt(3000)), null, null, null,
                        DateOfBirth.missing(), null, false, null, null, 1);
                List<SpecialServiceRequest> ssrs = child && age < 12 && partySize == 1
                        ? List.of(new SpecialServiceRequest("UMNR", "HK", "XX", null, null, "UM" + age, "1", 1)) : List.of();
                Traveller t = new Traveller(i + 1, i + 1, TravellerRole.PASSENGER, "FL", surname, "GIVEN" + i, null, null,
                        dob, nat, nat, null, "IST", "FRA", null, noLocator ? null : locator, null, null,
                        child && age < 2 ? PassengerType.INFANT : PassengerType.UNKNOWN, null, String.valueOf(p + 1),
                        child && age < 2 ? "1" : null, null, List.of(doc), ssrs, List.of());
                travellers.add(new TravellerInContext("T" + i, t, r.nextInt(20) == 0
                        ? new org.safepassage.protection.DocumentCheck("VALID", List.of(), null) : null));
                i++;
            }
            if (withPnr) {
                LocalDateTime bookedAt = DEPARTURE.minusDays(r.nextInt(90)).atTime(12, 0);
                bookings.add(new Booking(b, b, locator, "1A", List.of(), bookedAt.toLocalDate(), bookedAt, null, null, null,
                        List.of(new FormOfPayment(r.nextInt(20) == 0 ? "CA" : "CC", "100", null)),
                        r.nextInt(5) == 0 ? List.of(leg) : List.of(leg, back), List.of(), List.of(), List.of(), partySize));
            }
        }
        for (int c = 0; c < crew; c++) {
            Traveller t = new Traveller(i + 1, i + 1, TravellerRole.CREW, "FM", "CREW" + c, "GIVEN", null, null,
                    DateOfBirth.fromYyMmDd("800101", DEPARTURE), "TUR", "TUR", null, null, null, null, null, null, null,
                    PassengerType.UNKNOWN, null, null, null, null, List.of(), List.of(), List.of());
            travellers.add(new TravellerInContext("C" + c, t, null));
            i++;
        }
        return new FlightContext("BENCH", FlightKey.of("XX", "123", "IST", DEPARTURE), DEPARTURE,
                LocalDateTime.of(DEPARTURE, LocalTime.of(13, 0)), List.of(leg), travellers, bookings, OtherFlights.NONE);
    }
}
