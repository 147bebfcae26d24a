package org.safepassage.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safepassage.testing.Paxlst;
import org.safepassage.testing.ServiceClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jms.core.JmsTemplate;

/**
 * The API as a careless or hostile client meets it, through the real service: every error answer is a problem
 * document with its reason, parameters are bounded, lists come a page at a time, anonymous health says only
 * whether the service is up, and the session cookie never goes with another site's request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiHardeningTest {

    @LocalServerPort
    int port;

    @Autowired
    JmsTemplate jms;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    ServiceClient client;

    @BeforeEach
    void client() {
        client = new ServiceClient(port);
    }

    private JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = client.parse(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        return problem;
    }

    @Test
    void anonymousHealthSaysOnlyWhetherTheServiceIsUp() {
        HttpResponse<String> anonymous = client.send("GET", "/actuator/health", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        JsonNode health = client.parse(anonymous.body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();
        assertThat(anonymous.body()).doesNotContain("diskSpace").doesNotContain("H2").doesNotContain("path");

        JsonNode detailed = client.getJson("/actuator/health", "metrics");
        assertThat(detailed.get("components").has("db")).isTrue();
        assertThat(detailed.get("components").has("jms")).isTrue();
        assertThat(client.send("GET", "/actuator/health", "officer", null).body()).doesNotContain("components");
    }

    @Test
    void overLongAndMalformedParametersAreRefusedWithTheReason() {
        JsonNode longFlight = problem(client.send("GET", "/api/v1/referrals?flightId=" + "F".repeat(129), "officer", null), 400);
        assertThat(longFlight.get("detail").asText()).contains("flightId").contains("128");
        JsonNode badStatus = problem(client.send("GET", "/api/v1/referrals?status=FOO", "officer", null), 400);
        assertThat(badStatus.get("detail").asText()).contains("status").contains("OPEN, ACKNOWLEDGED, CLOSED");
        JsonNode badSize = problem(client.send("GET", "/api/v1/flights?size=100000", "officer", null), 400);
        assertThat(badSize.get("detail").asText()).contains("size");
        JsonNode longId = problem(client.send("GET", "/api/v1/referrals/" + "r".repeat(200), "officer", null), 400);
        assertThat(longId.get("detail").asText()).contains("referralId");
        JsonNode unknown = problem(client.send("GET", "/api/v1/referrals/no-such-referral", "officer", null), 404);
        assertThat(unknown.get("detail").asText()).isEqualTo("no referral no-such-referral");
        JsonNode message = problem(client.send("GET", "/api/v1/messages/" + "m".repeat(65), "officer", null), 400);
        assertThat(message.get("detail").asText()).contains("messageId");
    }

    @Test
    void aReferralIsClosedOnlyWithAnOutcomeNamedAndConflictsSayWhy() {
        client.awaitProcessed(client.submit(Paxlst.flight("ZZ830", "LHR", "261230")
                .traveller("APIHARDENING", "LONECHILD", "190601", "GBR", "LONE830", "DOC830").build()));
        String referralsOfFlight = "/api/v1/referrals?flightId=ZZ830-LHR-2026-12-30";
        await().atMost(Duration.ofSeconds(20)).until(() -> client.items(referralsOfFlight, "officer").size() == 1);
        String id = client.items(referralsOfFlight, "officer").get(0).get("referralId").asText();
        assertThat(client.items(referralsOfFlight, "officer").get(0).get("firstSeenAt").isNull())
                .as("a list is not a look at the referral").isTrue();

        JsonNode early = problem(client.sendJson("POST", "/api/v1/referrals/" + id + "/close", "officer",
                "{\"outcome\":\"NO_CONCERN\"}".getBytes(StandardCharsets.UTF_8)), 409);
        assertThat(early.get("detail").asText()).contains("acknowledge it first");
        assertThat(client.send("POST", "/api/v1/referrals/" + id + "/acknowledge", "officer", null).statusCode()).isEqualTo(200);
        JsonNode twice = problem(client.send("POST", "/api/v1/referrals/" + id + "/acknowledge", "officer", null), 409);
        assertThat(twice.get("detail").asText()).contains("only an OPEN referral can be acknowledged");

        for (String outcome : new String[] {"1", "\"3\"", "\"no_concern\"", "null"}) {
            JsonNode refused = problem(client.sendJson("POST", "/api/v1/referrals/" + id + "/close", "officer",
                    ("{\"outcome\":" + outcome + "}").getBytes(StandardCharsets.UTF_8)), 400);
            assertThat(refused.get("detail").asText()).as(outcome).contains("outcome");
        }
        JsonNode notJson = problem(client.sendJson("POST", "/api/v1/referrals/" + id + "/close", "officer",
                "{not json".getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(notJson.get("detail").asText()).isNotBlank();
        JsonNode referral = client.getJson("/api/v1/referrals/" + id, "officer");
        assertThat(referral.get("status").asText()).as("nothing closed it").isEqualTo("ACKNOWLEDGED");
        assertThat(referral.get("firstSeenAt").asText()).isNotBlank();
    }

    @Test
    void listsComeAPageAtATime() {
        Paxlst list = Paxlst.flight("ZZ831", "LHR", "261230");
        for (int i = 0; i < 250; i++) {
            list.traveller("PAGED" + (char) ('A' + i / 26) + (char) ('A' + i % 26), "ADULT", "800101", "GBR", "PG" + i, "PD" + i);
        }
        client.awaitProcessed(client.submit(list.build()));
        String travellers = "/api/v1/flights/ZZ831-LHR-2026-12-30/travellers";
        JsonNode first = client.getJson(travellers, "officer");
        assertThat(first.get("items")).hasSize(100);
        assertThat(first.get("totalItems").asInt()).isEqualTo(250);
        assertThat(first.get("totalPages").asInt()).isEqualTo(3);
        JsonNode last = client.getJson(travellers + "?page=2&size=100", "officer");
        assertThat(last.get("items")).hasSize(50);
        assertThat(last.get("items").get(49).get("surname").asText()).isEqualTo("PAGEDJP");
        assertThat(client.getJson(travellers + "?page=3", "officer").get("items")).isEmpty();
    }

    @Test
    void travellersBeyondThePerMessageLimitAreSetAsideAndTheMessageKept() throws Exception {
        Paxlst huge = Paxlst.flight("ZZ832", "LHR", "261230");
        for (int i = 0; i < 10_005; i++) {
            huge.traveller("HUGE" + Integer.toString(i, 26).toUpperCase().replaceAll("[0-9]", "X"), "N" + i, "800101",
                    "GBR", "HG" + i, "HD" + i);
        }
        JsonNode status = client.awaitProcessed(client.submit(huge.build()));
        assertThat(status.get("status").asText()).isEqualTo("ACCEPTED_WITH_WARNINGS");
        assertThat(status.get("warnings").toString()).contains("10005 travellers, more than the limit of 10000")
                .contains("other 5 set aside");
        assertThat(client.getJson("/api/v1/flights/ZZ832-LHR-2026-12-30/travellers?size=1", "officer")
                .get("totalItems").asInt()).isEqualTo(10_000);
        jms.setReceiveTimeout(5_000);
        var parked = jms.receiveSelected("safepassage.dlq",
                "SafePassageMessageId = '" + status.get("messageId").asText() + "'");
        assertThat(parked).isNotNull();
        assertThat(parked.getStringProperty("SafePassageRejectReason")).contains("5 travellers beyond the per-message limit");
    }

    @Test
    void theSessionCookieIsNeverSentByAnotherSite() {
        HttpResponse<String> login = client.send("GET", "/login", null, null);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).contains("JSESSIONID").contains("SameSite=Strict").contains("HttpOnly"));
    }

    @Test
    void anActionAndItsAccessRecordCommitTogetherOrNotAtAll() {
        client.awaitProcessed(client.submit(Paxlst.flight("ZZ833", "LHR", "261230")
                .traveller("APIATOMIC", "LONECHILD", "190601", "GBR", "LONE833", "DOC833").build()));
        String referralsOfFlight = "/api/v1/referrals?flightId=ZZ833-LHR-2026-12-30";
        await().atMost(Duration.ofSeconds(20)).until(() -> client.items(referralsOfFlight, "officer").size() == 1);
        String id = client.items(referralsOfFlight, "officer").get(0).get("referralId").asText();
        int events = jdbc.queryForObject("SELECT COUNT(*) FROM referral_event WHERE referral_id = ?", Integer.class, id);
        // the access log refuses the record: the acknowledgement must not happen without it
        jdbc.execute("ALTER TABLE audit_event ADD CONSTRAINT test_no_acknowledge CHECK (action <> 'ACKNOWLEDGE_REFERRAL')");
        try {
            assertThat(client.send("POST", "/api/v1/referrals/" + id + "/acknowledge", "officer", null).statusCode())
                    .isEqualTo(500);
        } finally {
            jdbc.execute("ALTER TABLE audit_event DROP CONSTRAINT test_no_acknowledge");
        }
        assertThat(client.getJson("/api/v1/referrals/" + id, "officer").get("status").asText()).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM referral_event WHERE referral_id = ?", Integer.class, id))
                .as("no ACKNOWLEDGED event in the outbox").isEqualTo(events);
        assertThat(client.send("POST", "/api/v1/referrals/" + id + "/acknowledge", "officer", null).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject = ? AND action = 'ACKNOWLEDGE_REFERRAL'",
                Integer.class, id)).isEqualTo(1);
    }
}
