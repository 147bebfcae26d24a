package org.safepassage.ingest.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.ingest.edifact.TestInputs.only;
import static org.safepassage.ingest.edifact.TestInputs.parse;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.safepassage.manifest.model.ListType;
import org.safepassage.manifest.model.PassengerMessage;
import org.safepassage.manifest.model.PassengerType;
import org.safepassage.manifest.model.Traveller;
import org.safepassage.manifest.model.TravellerRole;

/** The generated feeds parse cleanly and yield exactly the facts the generator says they hold. */
class FeedGeneratorTest {

    @Test
    void theSameSeedGivesTheSameFeeds() {
        GeneratedFlight a = new FeedGenerator(42).nextFlight();
        GeneratedFlight b = new FeedGenerator(42).nextFlight();
        assertThat(a.paxlst()).isEqualTo(b.paxlst());
        assertThat(a.pnrgov()).isEqualTo(b.pnrgov());
        assertThat(new FeedGenerator(43).nextFlight().paxlst()).isNotEqualTo(a.paxlst());
    }

    @RepeatedTest(5)
    void aGeneratedFlightParsesIntoTheExpectedFacts(org.junit.jupiter.api.RepetitionInfo info) {
        GeneratedFlight flight = new FeedGenerator(1000 + info.getCurrentRepetition()).nextFlight();
        assertThat(flight.passengers().size()).isBetween(50, 500);

        PassengerMessage api = only(parse(flight.paxlstBytes()));
        assertThat(api.warnings()).isEmpty();
        assertThat(api.listType()).isEqualTo(ListType.PASSENGER);
        assertThat(api.flightKeys()).containsExactly(flight.key());
        assertThat(api.travellers()).hasSize(flight.passengers().size());
        assertThat(api.counts().passengers()).isEqualTo(flight.passengers().size());
        for (int i = 0; i < api.travellers().size(); i++) {
            Traveller t = api.travellers().get(i);
            GeneratedTraveller g = flight.passengers().get(i);
            assertThat(t.surname()).isEqualTo(g.surname());
            assertThat(t.dateOfBirth().date()).isEqualTo(g.dateOfBirth());
            assertThat(t.bookingReference()).isEqualTo(g.bookingReference());
            assertThat(t.documents().get(0).number()).isEqualTo(g.documentNumber());
        }
        // a lone minor is a minor with no adult on the same booking: computed from the parsed list
        LocalDate day = api.departureDate();
        Map<String, List<Traveller>> byBooking = api.travellers().stream()
                .collect(Collectors.groupingBy(Traveller::bookingReference));
        List<Integer> loneMinors = api.travellers().stream()
                .filter(t -> age(t, day) < 18)
                .filter(t -> byBooking.get(t.bookingReference()).stream().noneMatch(o -> age(o, day) >= 18))
                .map(Traveller::position).toList();
        assertThat(loneMinors).isEqualTo(flight.loneMinors().stream().map(GeneratedTraveller::position).toList());

        PassengerMessage crew = only(parse(flight.crewPaxlstBytes()));
        assertThat(crew.warnings()).isEmpty();
        assertThat(crew.listType()).isEqualTo(ListType.CREW);
        assertThat(crew.travellers()).hasSize(flight.crew().size()).allMatch(t -> t.role() == TravellerRole.CREW);
        assertThat(crew.counts().crew()).isEqualTo(flight.crew().size());

        PassengerMessage pnr = only(parse(flight.pnrgovBytes()));
        assertThat(pnr.warnings()).isEmpty();
        assertThat(pnr.flightKeys()).containsExactly(flight.key());
        assertThat(pnr.bookings()).hasSize(flight.bookings());
        assertThat(pnr.travellers()).hasSize(flight.passengers().size());
        Map<String, Traveller> pnrByRef = pnr.travellers().stream()
                .collect(Collectors.toMap(Traveller::travellerRef, t -> t));
        for (GeneratedTraveller g : flight.passengers()) {
            Traveller t = pnrByRef.get(g.travellerRef());
            assertThat(t.bookingReference()).isEqualTo(g.bookingReference());
            assertThat(t.dateOfBirth().date()).isEqualTo(g.dateOfBirth());
            assertThat(t.isInfant()).isEqualTo(g.infant());
            assertThat(t.accompanyingTravellerRef()).isEqualTo(g.accompanyingRef());
            assertThat(t.passengerType() == PassengerType.UNACCOMPANIED_MINOR).isEqualTo(g.umnr());
        }
    }

    @Test
    void overManyFlightsEveryKindOfMinorAppears() {
        FeedGenerator generator = new FeedGenerator(7);
        List<GeneratedFlight> flights = java.util.stream.IntStream.range(0, 10).mapToObj(i -> generator.nextFlight()).toList();
        List<GeneratedTraveller> all = flights.stream().flatMap(f -> f.passengers().stream()).toList();
        assertThat(all).anyMatch(t -> t.loneMinor() && t.umnr());
        assertThat(all).anyMatch(t -> t.loneMinor() && !t.umnr());
        assertThat(all).anyMatch(GeneratedTraveller::infant);
        assertThat(all).anyMatch(t -> t.minor() && !t.loneMinor());
        assertThat(flights).allSatisfy(f -> assertThat(f.toString()).doesNotContain(f.passengers().get(0).surname()));
    }

    @Test
    void exactSizesForLoadRuns() {
        GeneratedFlight big = new FeedGenerator(5).nextFlight(500);
        assertThat(big.passengers()).hasSize(500);
        assertThat(only(parse(big.paxlstBytes())).travellers()).hasSize(500);
        assertThat(new FeedGenerator(5).nextFlight(1).passengers()).hasSize(1);
    }

    private static int age(Traveller t, LocalDate day) {
        return Period.between(t.dateOfBirth().date(), day).getYears();
    }
}
