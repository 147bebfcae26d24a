package org.safepassage.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import tools.jackson.databind.JsonNode;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safepassage.testing.ServiceClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From manifest to officer: a crafted list with known children goes through the real routes; the expected
 * referrals appear on the officers' topic and in the API exactly once each, with their indicators and evidence,
 * and redelivering the same message changes nothing.
 */
// its own service (own broker and database): every referral this class sees raised is published while it listens
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "safepassage.test.context=referral-flow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    FlightAssessmentService assessments;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    org.safepassage.ingest.MessageIngest ingest;

    @Autowired
    org.safepassage.protection.MinorProtectionAssessor assessor;

    private Connection connection;
    private final List<JsonNode> published = new CopyOnWriteArrayList<>();
    private ServiceClient client;

    @BeforeAll
    void subscribe() throws Exception {
        client = new ServiceClient(port);
        connection = connectionFactory.createConnection();
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageConsumer consumer = session.createConsumer(session.createTopic("safepassage.referrals"));
        consumer.setMessageListener(m -> {
            try {
                published.add(client.parse(((TextMessage) m).getText()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        connection.start();
    }

    @AfterAll
    void unsubscribe() throws Exception {
        connection.close();
    }

    /**
     * Flight ZZ700 LHR to AMS on 2026-12-30. Booking LONE1: a 7-year-old alone (no UMNR). Booking FAM1: a mother
     * and her son with a different surname. Booking ADULT1: an adult alone.
     */
    static byte[] manifest(String interchangeRef, String flight) {
        String body = "UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+MS+++OPERATIONS'TDT+20+ZZ700+++ZZ'"
                + "LOC+125+LHR'DTM+189:2612301000:201'LOC+87+AMS'DTM+232:2612301230:201'"
                + "NAD+FL+++LONECHILD:AMELIA'ATT+2++F'DTM+329:190601'NAT+2+GBR'RFF+AVF:LONE1'DOC+P+900000001'DTM+36:300101'LOC+91+GBR'"
                + "NAD+FL+++MOTHERSURNAME:MARIA'ATT+2++F'DTM+329:850303'NAT+2+GBR'RFF+AVF:FAM1'DOC+P+900000002'DTM+36:300101'LOC+91+GBR'"
                + "NAD+FL+++FATHERSURNAME:LUCAS'ATT+2++M'DTM+329:160909'NAT+2+GBR'RFF+AVF:FAM1'DOC+P+900000003'DTM+36:300101'LOC+91+GBR'"
                + "NAD+FL+++TRAVELLER:ADULT'ATT+2++M'DTM+329:700707'NAT+2+GBR'RFF+AVF:ADULT1'DOC+P+900000004'DTM+36:300101'LOC+91+GBR'"
                + "CNT+42:4'UNT+42+1'";
        return ("UNA:+.? 'UNB+UNOA:4+ZZAIR+BORDER+261230:0800+" + interchangeRef + "++APIS'" + body.replace("ZZ700", flight)
                + "UNZ+1+" + interchangeRef + "'").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void flightsAssessedFromSeveralThreadsAtOnceGetOneReferralAndNoFailure() throws Exception {
        // the ingest hand-over and the sweep can pick up the same fresh flight at the same moment
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int n = 0; n < 6; n++) {
                String flight = "ZZ74" + n;
                String flightId = flight + "-LHR-2026-12-30";
                String messageId = client.submit(manifest("REF74000" + n, flight));
                List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    runs.add(threads.submit(() -> {
                        // as soon as the flight is committed, alongside the ingest route's own hand-over
                        while (jdbc.queryForObject("SELECT COUNT(*) FROM flight WHERE flight_id = ?", Integer.class,
                                flightId) == 0) {
                            Thread.sleep(1);
                        }
                        return assessments.assess(List.of(flightId));
                    }));
                }
                assertThat(client.awaitProcessed(messageId).get("status").asText()).startsWith("ACCEPTED");
                for (var run : runs) {
                    assertThat(run.get(30, java.util.concurrent.TimeUnit.SECONDS)).as("assessed " + flightId).isEqualTo(1);
                }
                JsonNode referrals = client.items("/api/v1/referrals?flightId=" + flightId, "officer");
                assertThat(referrals).hasSize(1);
                assertThat(referrals.get(0).get("revision").asInt()).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theSweepAssessesDataItsLastAssessmentDidNotSeeWhateverTheTimestamps() {
        String flightId = "ZZ750-LHR-2026-12-30";
        assertThat(client.awaitProcessed(client.submit(manifest("REF750001", "ZZ750"))).get("status").asText())
                .startsWith("ACCEPTED");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                client.items("/api/v1/referrals?flightId=" + flightId, "officer").size() == 1);
        // an assessment stamped later than data it never saw (a message applied to several flights takes its
        // receipt time before it reaches each of them)
        jdbc.update("UPDATE flight SET assessed_at = ? WHERE flight_id = ?",
                java.time.OffsetDateTime.now().plusDays(1), flightId);
        // new data applied without the route's hand-over (as when the hand-over is lost in a crash)
        byte[] second = new String(manifest("REF750002", "ZZ750"), StandardCharsets.ISO_8859_1)
                .replace("LONECHILD:AMELIA", "SECONDCHILD:NORA").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ingest.ingest("sweep-test-750002", second, org.safepassage.ingest.InboundMessages.Channel.QUEUE,
                "test").status().name()).startsWith("ACCEPTED");

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            assessments.assessStale();
            return client.items("/api/v1/referrals?flightId=" + flightId, "officer").size() == 2;
        });
    }

    @Test
    void aLoneChildIsReferredOnceWithExplainedIndicators() {
        byte[] manifest = manifest("REF000001", "ZZ700");
        assertThat(client.awaitProcessed(client.submit(manifest)).get("status").asText()).startsWith("ACCEPTED");

        await().atMost(Duration.ofSeconds(20)).until(() -> published.stream()
                .anyMatch(e -> "ZZ700-LHR-2026-12-30".equals(e.at("/referral/flightId").asText())));
        JsonNode referrals = client.items("/api/v1/referrals?flightId=ZZ700-LHR-2026-12-30", "officer");
        assertThat(referrals).hasSize(1);
        JsonNode referral = referrals.get(0);
        assertThat(referral.get("status").asText()).isEqualTo("OPEN");
        assertThat(referral.get("ruleSetVersion").asText()).isNotBlank();
        assertThat(referral.get("raisedAt").asText()).isNotBlank();
        List<String> codes = referral.get("indicators").findValuesAsString("code");
        assertThat(codes).contains("M1", "M2", "M3");
        for (JsonNode indicator : referral.get("indicators")) {
            assertThat(indicator.get("description").asText()).isNotBlank();
            assertThat(indicator.get("source").asText()).isNotBlank();
            assertThat(indicator.get("evidence")).isNotEmpty();
        }
        String lone = referral.get("travellerId").asText();
        List<java.util.Map<String, Object>> travellers = client.travellers("ZZ700-LHR-2026-12-30");
        assertThat(travellers.stream().filter(t -> t.get("travellerId").equals(lone)).findFirst().orElseThrow()
                .get("surname")).isEqualTo("LONECHILD");

        // the same message again: nothing changes, nothing more is published
        int publishedBefore = published.size();
        assertThat(client.awaitProcessed(client.submit(manifest)).get("status").asText()).isEqualTo("DUPLICATE");
        assertThat(client.items("/api/v1/referrals?flightId=ZZ700-LHR-2026-12-30", "officer")).hasSize(1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> published.size() == publishedBefore);
        assertThat(published.stream().filter(e -> "ZZ700-LHR-2026-12-30".equals(e.at("/referral/flightId").asText()))
                .map(e -> e.get("kind").asText())).containsExactly("RAISED");
    }

    @Test
    void officersWorkAReferralThroughItsLifecycle() {
        assertThat(client.awaitProcessed(client.submit(manifest("REF000002", "ZZ701"))).get("status").asText())
                .isIn("ACCEPTED", "ACCEPTED_WITH_WARNINGS", "DUPLICATE");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                client.items("/api/v1/referrals?flightId=ZZ701-LHR-2026-12-30", "officer").size() == 1);
        String id = client.items("/api/v1/referrals?flightId=ZZ701-LHR-2026-12-30", "officer").get(0)
                .get("referralId").asText();

        var early = client.sendJson("POST", "/api/v1/referrals/" + id + "/close", "officer",
                "{\"outcome\":\"NO_CONCERN\",\"note\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(early.statusCode()).isEqualTo(409);

        var ack = client.send("POST", "/api/v1/referrals/" + id + "/acknowledge", "officer", null);
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(client.parse(ack.body()).get("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(client.parse(ack.body()).get("firstSeenAt").asText()).isNotBlank();

        var close = client.sendJson("POST", "/api/v1/referrals/" + id + "/close", "officer",
                "{\"outcome\":\"SAFEGUARDING_REFERRAL\",\"note\":\"handed to the child protection team\"}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(close.statusCode()).isEqualTo(200);
        JsonNode closed = client.parse(close.body());
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("outcome").asText()).isEqualTo("SAFEGUARDING_REFERRAL");
        assertThat(closed.get("closedBy").asText()).isEqualTo("officer");
        assertThat(client.send("POST", "/api/v1/referrals/" + id + "/acknowledge", "officer", null).statusCode())
                .isEqualTo(409);
        assertThat(client.send("GET", "/api/v1/referrals", "ingest", null).statusCode()).isEqualTo(403);
    }

    /**
     * Flight ZZ702: first a 7-year-old alone on booking LONE2; then the airline's change list adds her mother to the
     * booking. The same referral is updated (never a second one), "no adult on the booking" is withdrawn with the
     * time it stopped holding, and officers get RAISED then UPDATED on the topic.
     */
    @Test
    void newDataUpdatesTheSameReferralAndWithdrawsWhatNoLongerHolds() {
        String child = "NAD+FL+++LONECHILD:AMELIA'ATT+2++F'DTM+329:190601'NAT+2+GBR'RFF+AVF:LONE2'DOC+P+900000011'DTM+36:300101'LOC+91+GBR'";
        String mother = "NAD+FL+++LONECHILD:ANNA'ATT+2++F'DTM+329:850303'NAT+2+GBR'RFF+AVF:LONE2'DOC+P+900000012'DTM+36:300101'LOC+91+GBR'";
        String flight = "ZZ702-LHR-2026-12-30";
        assertThat(client.awaitProcessed(client.submit(list("REF000040", "ZZ702", "", child))).get("status").asText())
                .startsWith("ACCEPTED");
        await().atMost(Duration.ofSeconds(20)).until(() -> client.items("/api/v1/referrals?flightId=" + flight, "officer").size() == 1);
        JsonNode raised = client.items("/api/v1/referrals?flightId=" + flight, "officer").get(0);
        assertThat(raised.get("indicators").findValuesAsString("code")).contains("M1", "M2");
        String id = raised.get("referralId").asText();

        assertThat(client.awaitProcessed(client.submit(list("REF000041", "ZZ702", "+CP", child + mother))).get("status").asText())
                .startsWith("ACCEPTED");
        await().atMost(Duration.ofSeconds(20)).until(() -> client.items("/api/v1/referrals?flightId=" + flight, "officer")
                .get(0).get("withdrawnIndicators").findValuesAsString("code").contains("M2"));
        JsonNode referrals = client.items("/api/v1/referrals?flightId=" + flight, "officer");
        assertThat(referrals).hasSize(1);
        JsonNode updated = referrals.get(0);
        assertThat(updated.get("referralId").asText()).isEqualTo(id);
        assertThat(updated.get("revision").asInt()).isGreaterThan(raised.get("revision").asInt());
        assertThat(updated.get("indicators").findValuesAsString("code")).doesNotContain("M2");
        JsonNode m2 = java.util.stream.StreamSupport.stream(updated.get("withdrawnIndicators").spliterator(), false)
                .filter(i -> "M2".equals(i.get("code").asText())).findFirst().orElseThrow();
        assertThat(m2.get("withdrawnAt").asText()).isNotBlank();
        assertThat(m2.get("evidence")).isNotEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> kinds(id).contains("UPDATED"));
        assertThat(kinds(id)).containsExactly("RAISED", "UPDATED");
    }

    /**
     * Every shared PAXLST and PNRGOV sample plus the crafted list with known children, through the real routes:
     * each referral in the API was raised on the topic exactly once, one per traveller per flight, the crafted
     * child is among them and the adults are not; delivering everything again changes nothing.
     */
    @Test
    void theSharedSamplesAndACraftedListRaiseEachReferralExactlyOnce() {
        List<byte[]> messages = new java.util.ArrayList<>();
        for (String sample : List.of("paxlst/gtas_Test3_d02b_split_part1.edi", "paxlst/gtas_apisMessage_d05b_2pax_multileg.edi",
                "paxlst/smooks_d03b_ace_emanifest_crew_1.edi", "paxlst/synthetic_300pax_d05b.edi",
                "pnrgov/gtas_3_pnrs.edi", "pnrgov/gtas_codeshare.edi", "pnrgov/gtas_pnrMessageExample.edi",
                "pnrgov/gtas_pnrWithDoco.edi")) {
            messages.add(ServiceClient.resource("/edifact/" + sample));
        }
        messages.add(manifest("REF000050", "ZZ705"));
        for (byte[] message : messages) {
            assertThat(client.awaitProcessed(client.submit(message)).get("status").asText()).startsWith("ACCEPTED");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> client.items("/api/v1/referrals?flightId=ZZ705-LHR-2026-12-30", "officer").size() == 1);
        List<String> flights = client.items("/api/v1/flights", "officer").findValuesAsString("flightId").stream()
                .filter(f -> !f.startsWith("ZZ7") || f.startsWith("ZZ705")).toList();
        // the background sweep catches up with every flight, then nothing more is published
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            int before = published.size();
            Thread.sleep(1500);
            return published.size() == before;
        });
        List<JsonNode> referrals = new java.util.ArrayList<>();
        for (String flight : flights) {
            client.items("/api/v1/referrals?flightId=" + flight, "officer").forEach(referrals::add);
        }
        assertThat(referrals.stream().map(r -> r.get("flightId").asText() + "/" + r.get("travellerId").asText()))
                .doesNotHaveDuplicates();
        for (JsonNode referral : referrals) {
            assertThat(kinds(referral.get("referralId").asText())).as("events for %s", referral.get("referralId"))
                    .containsExactly("RAISED");
        }
        List<String> referred = referrals.stream().filter(r -> r.get("flightId").asText().startsWith("ZZ705"))
                .map(r -> r.get("travellerId").asText()).toList();
        var crafted = client.travellers("ZZ705-LHR-2026-12-30");
        assertThat(crafted.stream().filter(t -> referred.contains(t.get("travellerId"))).map(t -> t.get("surname")))
                .containsExactly("LONECHILD");

        int publishedBefore = published.size();
        for (byte[] message : messages) {
            assertThat(client.awaitProcessed(client.submit(message)).get("status").asText()).isEqualTo("DUPLICATE");
        }
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> published.size() == publishedBefore);
        int after = 0;
        for (String flight : flights) {
            after += client.items("/api/v1/referrals?flightId=" + flight, "officer").size();
        }
        assertThat(after).isEqualTo(referrals.size());
    }

    private List<String> kinds(String referralId) {
        return published.stream().filter(e -> referralId.equals(e.at("/referral/referralId").asText()))
                .map(e -> e.get("kind").asText()).toList();
    }

    private static byte[] list(String interchangeRef, String flight, String documentIdentifier, String travellers) {
        String body = "UNH+1+PAXLST:D:05B:UN:IATA'BGM+745" + documentIdentifier + "'NAD+MS+++OPERATIONS'TDT+20+" + flight
                + "+++ZZ'LOC+125+LHR'DTM+189:2612301000:201'LOC+87+AMS'DTM+232:2612301230:201'" + travellers
                + "CNT+42:" + (travellers.split("NAD\\+FL").length - 1) + "'UNT+99+1'";
        return ("UNA:+.? 'UNB+UNOA:4+ZZAIR+BORDER+261230:0800+" + interchangeRef + "++APIS'" + body
                + "UNZ+1+" + interchangeRef + "'").getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Rule M5 across flights, from the stored data: the same adult (name and date of birth) escorts one child on
     * ZZ720 on 28 December and another child, of another surname, on ZZ721 two days later.
     */
    @Test
    void anAdultEscortingOtherMinorsOnOtherFlightsIsFoundInTheStoredData() {
        String first = escorted("REF000020", "ZZ720", "261228", "ALPHA", "BOOKA");
        String second = escorted("REF000021", "ZZ721", "261230", "BETA", "BOOKB");
        assertThat(client.awaitProcessed(client.submit(first.getBytes(StandardCharsets.ISO_8859_1))).get("status").asText())
                .startsWith("ACCEPTED");
        assertThat(client.awaitProcessed(client.submit(second.getBytes(StandardCharsets.ISO_8859_1))).get("status").asText())
                .startsWith("ACCEPTED");

        var assessment = assessor.assess(assessments.context("ZZ721-LHR-2026-12-30"));
        String childId = client.travellers("ZZ721-LHR-2026-12-30").stream()
                .filter(t -> "BETA".equals(t.get("surname"))).findFirst().orElseThrow().get("travellerId").toString();
        String otherChildId = client.travellers("ZZ720-LHR-2026-12-28").stream()
                .filter(t -> "ALPHA".equals(t.get("surname"))).findFirst().orElseThrow().get("travellerId").toString();
        var m5 = assessment.traveller(childId).indicator("M5");
        assertThat(m5).as("M5 for the child on the second flight").isNotNull();
        assertThat(m5.explanation()).contains("1 other minor on 1 other flight");
        assertThat(m5.evidence()).anyMatch(e -> e.value().equals("ZZ720-LHR-2026-12-28/" + otherChildId));

        // the adult's own flight is not "another flight": on ZZ720 alone the same look-up finds ZZ721's child
        var back = assessor.assess(assessments.context("ZZ720-LHR-2026-12-28"));
        String alphaId = otherChildId;
        assertThat(back.traveller(alphaId).indicator("M5").evidence())
                .noneMatch(e -> e.value().startsWith("ZZ720-"))
                .anyMatch(e -> e.value().equals("ZZ721-LHR-2026-12-30/" + childId));
    }

    private static String escorted(String interchangeRef, String flight, String date, String childSurname, String booking) {
        String body = "UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+MS+++OPERATIONS'TDT+20+" + flight + "+++ZZ'"
                + "LOC+125+LHR'DTM+189:" + date + "1000:201'LOC+87+AMS'DTM+232:" + date + "1230:201'"
                + "NAD+FL+++ESCORT:JOHN'ATT+2++M'DTM+329:750505'NAT+2+GBR'RFF+AVF:" + booking + "'"
                + "NAD+FL+++" + childSurname + ":KID'ATT+2++F'DTM+329:180101'NAT+2+GBR'RFF+AVF:" + booking + "'"
                + "CNT+42:2'UNT+16+1'";
        return "UNA:+.? 'UNB+UNOA:4+ZZAIR+BORDER+" + date + ":0800+" + interchangeRef + "++APIS'" + body
                + "UNZ+1+" + interchangeRef + "'";
    }
}
