package org.safepassage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.safepassage.ingest.simulator.FeedGenerator;
import org.safepassage.ingest.simulator.GeneratedFlight;
import org.safepassage.ingest.simulator.GeneratedTraveller;
import org.safepassage.manifest.ManifestStore;
import org.safepassage.testing.ServiceClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The feed simulator drives the real routes: its generated flights (passenger list, crew list, PNR push) arrive
 * complete, and every young child it put on a flight alone is referred, once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safepassage.simulator.enabled=true", "safepassage.simulator.flights-per-minute=600",
        "safepassage.simulator.seed=42", "safepassage.simulator.max-flights=3"})
class FeedSimulatorTest {

    @LocalServerPort
    int port;

    @Test
    void simulatedFlightsArriveWholeAndLoneChildrenAreReferred() {
        ServiceClient client = new ServiceClient(port);
        FeedGenerator same = new FeedGenerator(42);
        List<GeneratedFlight> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            expected.add(same.nextFlight());
        }
        for (GeneratedFlight flight : expected) {
            String flightId = ManifestStore.flightId(flight.key());
            int people = flight.passengers().size() + flight.crew().size();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                try {
                    return client.flight(flightId).get("travellerCount").asInt() == people;
                } catch (AssertionError notYet) {
                    return false;
                }
            });
            List<Map<String, Object>> travellers = client.travellers(flightId);
            Set<String> loneYoungChildren = new HashSet<>();
            for (GeneratedTraveller t : flight.loneMinors()) {
                int age = Period.between(t.dateOfBirth(), flight.departure().toLocalDate()).getYears();
                if (age < 12 && !t.umnr()) {
                    loneYoungChildren.add(idOf(travellers, t));
                }
            }
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    referred(client, flightId).containsAll(loneYoungChildren));
            List<String> referred = referredList(client, flightId);
            assertThat(new HashSet<>(referred)).as("one referral per traveller").hasSize(referred.size());
            for (String travellerId : referred) {
                Map<String, Object> t = travellers.stream().filter(x -> travellerId.equals(x.get("travellerId")))
                        .findFirst().orElseThrow();
                Object age = t.get("ageAtDeparture");
                assertThat(age == null || ((Number) age).intValue() < 18).as("referrals are for children").isTrue();
            }
        }
    }

    private static String idOf(List<Map<String, Object>> travellers, GeneratedTraveller t) {
        return travellers.stream()
                .filter(x -> t.surname().equals(x.get("surname")) && String.valueOf(x.get("givenNames")).startsWith(t.givenName()))
                .map(x -> (String) x.get("travellerId")).findFirst()
                .orElseThrow(() -> new AssertionError("generated traveller #" + t.position() + " not found"));
    }

    private static Set<String> referred(ServiceClient client, String flightId) {
        return new HashSet<>(referredList(client, flightId));
    }

    private static List<String> referredList(ServiceClient client, String flightId) {
        List<String> ids = new ArrayList<>();
        for (JsonNode r : client.items("/api/v1/referrals?flightId=" + flightId, "officer")) {
            ids.add(r.get("travellerId").asText());
        }
        return ids;
    }
}
