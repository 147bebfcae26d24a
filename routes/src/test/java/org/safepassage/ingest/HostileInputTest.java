package org.safepassage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;


import jakarta.jms.BytesMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safepassage.testing.LogCapture;
import org.safepassage.testing.IngestQueue;
import org.safepassage.testing.Paxlst;
import org.safepassage.testing.ServiceClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

/**
 * What a careless or hostile sender can put into a list, through the real service (HTTP and queue): values longer
 * than their columns, control characters, a copy cut short before the complete one, references reused by another
 * submitter, two people whose names differ only in digits. No traveller is lost, and no log line carries their data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    private static final String LONG_SURNAME = "LONGSURNAME" + "X".repeat(260);
    private static final List<String> PERSONAL_DATA = List.of("GERMANYXXXXLAND", LONG_SURNAME.substring(0, 40),
            "HOSTILEGIVEN", "CUTSHORTSURNAME", "DIGITSURNAME", "HOSTDOC4410", "HOSTDOC4411", "HOSTDOC4412",
            "1991-07-08", "910708");

    @LocalServerPort
    int port;

    @Autowired
    JmsTemplate jms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StuckMessages stuck;

    ServiceClient client;
    LogCapture logs;

    @BeforeAll
    void captureLogs() {
        logs = LogCapture.capture();
    }

    @AfterAll
    void noPersonalDataInAnyLog() {
        logs.close();
        assertThat(logs.findAny(PERSONAL_DATA)).isEmpty();
    }

    @BeforeEach
    void client() {
        client = new ServiceClient(port);
    }

    private void sendToQueue(String messageId, byte[] body) {
        IngestQueue.send(jms, messageId, body);
    }

    private static Map<String, Object> named(List<Map<String, Object>> travellers, String given) {
        return travellers.stream().filter(t -> given.equals(t.get("givenNames"))).findFirst()
                .orElseThrow(() -> new AssertionError("no traveller " + given + " in " + travellers.size()));
    }

    private static byte[] overLongValues(String flight) {
        return Paxlst.flight(flight, "LHR", "261230")
                .traveller("PLAINSURNAME", "HOSTILEGIVENA", "910708", "GBR", "BOOKA", "HOSTDOC4410")
                .traveller("PLAINSURNAME", "HOSTILEGIVENB", "910708", "GERMANYXXXXLAND", "BOOKB", "HOSTDOC4411")
                .traveller(LONG_SURNAME, "HOSTILEGIVENC", "910708", "GBR", "B".repeat(100), "HOSTDOC4412")
                .build();
    }

    @Test
    void valuesLongerThanTheirColumnsAreWarningsAndEveryTravellerIsKeptOverHttp() {
        JsonNode status = client.awaitProcessed(client.submit(overLongValues("ZZ810")));
        assertThat(status.get("status").asText()).isEqualTo("ACCEPTED_WITH_WARNINGS");
        assertThat(status.get("warnings").toString())
                .contains("nationality has 15 characters, more than the 8 its column keeps")
                .contains("surname has 271 characters").contains("booking reference has 100 characters")
                .doesNotContain("GERMANYXXXXLAND");
        List<Map<String, Object>> travellers = client.travellers("ZZ810-LHR-2026-12-30");
        assertThat(travellers).hasSize(3);
        // the traveller's record keeps the whole value
        assertThat(named(travellers, "HOSTILEGIVENB").get("nationality")).isEqualTo("GERMANYXXXXLAND");
        assertThat(named(travellers, "HOSTILEGIVENC").get("surname")).isEqualTo(LONG_SURNAME);
    }

    @Test
    void valuesLongerThanTheirColumnsAreWarningsAndEveryTravellerIsKeptFromTheQueue() {
        sendToQueue("hostile-long-queue", overLongValues("ZZ811"));
        JsonNode status = client.awaitProcessed("hostile-long-queue");
        assertThat(status.get("status").asText()).isEqualTo("ACCEPTED_WITH_WARNINGS");
        assertThat(client.travellers("ZZ811-LHR-2026-12-30")).hasSize(3);
    }

    @Test
    void placesAndFlightNumbersLongerThanAllowedAreCutWithAWarning() {
        String place = "P".repeat(40);
        byte[] list = Paxlst.flight("ZZ812" + "9".repeat(40), place, "261230")
                .traveller("PLAINSURNAME", "HOSTILEGIVEND", "910708", "GBR", "BOOKD", "HOSTDOC4410").build();
        JsonNode status = client.awaitProcessed(client.submit(list));
        assertThat(status.get("status").asText()).isEqualTo("ACCEPTED_WITH_WARNINGS");
        assertThat(status.get("warnings").toString()).contains("departure place has 40 characters, more than 35: cut to 35")
                .contains("flight number has");
        String flightId = jdbc.queryForObject("SELECT flight_id FROM flight WHERE departure_airport = ?", String.class,
                "P".repeat(35));
        assertThat(flightId.length()).isLessThanOrEqualTo(128);
        assertThat(client.travellers(flightId)).hasSize(1);
    }

    @Test
    void controlCharactersAreRemovedFromNamesWithAWarning() {
        byte[] list = Paxlst.flight("ZZ813", "LHR", "261230")
                .traveller("CONTROL\u0000SUR\u0007NAME", "HOSTILE\u001bGIVENE", "910708", "GBR", "BOOKE", "HOSTDOC4410")
                .build();
        JsonNode status = client.awaitProcessed(client.submit(list));
        assertThat(status.get("status").asText()).isEqualTo("ACCEPTED_WITH_WARNINGS");
        assertThat(status.get("warnings").toString()).contains("control characters removed from the surname")
                .contains("control characters removed from the given names");
        Map<String, Object> traveller = client.travellers("ZZ813-LHR-2026-12-30").get(0);
        assertThat(traveller.get("surname")).isEqualTo("CONTROLSURNAME");
        assertThat(traveller.get("givenNames")).isEqualTo("HOSTILEGIVENE");
    }

    private static Paxlst tenTravellers(String flight) {
        Paxlst list = Paxlst.flight(flight, "LHR", "261230").references("CUTAIR", "IC814", "1");
        for (int i = 0; i < 10; i++) {
            list.traveller("CUTSHORTSURNAME", "HOSTILEGIVEN" + (char) ('A' + i), "910708", "GBR", "CUT" + i, "HOSTDOC4410");
        }
        return list;
    }

    @Test
    void aCopyCutShortInTransitDoesNotBlockTheCompleteResend() {
        JsonNode cut = client.awaitProcessed(client.submit(tenTravellers("ZZ814").cutAfterTraveller(4).build()));
        assertThat(cut.get("status").asText()).isEqualTo("ACCEPTED_WITH_WARNINGS");
        assertThat(cut.get("warnings").toString()).contains("no UNT");
        assertThat(client.travellers("ZZ814-LHR-2026-12-30")).hasSize(4);

        String completeId = client.submit(tenTravellers("ZZ814").build());
        JsonNode complete = client.awaitProcessed(completeId);
        assertThat(complete.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(complete.get("reason").asText()).contains("new copy of one applied before as message "
                + cut.get("messageId").asText()).contains("cut short").contains("10 travellers in this copy, 4 in the one before");
        assertThat(client.travellers("ZZ814-LHR-2026-12-30")).hasSize(10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM applied_message WHERE reference_key = 'ref:CUTAIR|IC814|1'",
                Integer.class)).as("both copies' digests recorded").isEqualTo(2);

        // the same complete copy again changes nothing
        JsonNode again = client.awaitProcessed(client.submit(tenTravellers("ZZ814").build()));
        assertThat(again.get("status").asText()).isEqualTo("DUPLICATE");
    }

    @Test
    void anotherSubmitterCannotUseUpASendersReferences() {
        // a producer on the queue sends one traveller under the references the carrier will use
        sendToQueue("hostile-squatter", Paxlst.flight("ZZ815", "LHR", "261230").references("SQUATAIR", "IC815", "1")
                .traveller("CUTSHORTSURNAME", "HOSTILEGIVENZ", "910708", "GBR", "SQ1", "HOSTDOC4411").build());
        assertThat(client.awaitProcessed("hostile-squatter").get("status").asText()).isEqualTo("ACCEPTED");
        // the carrier's own list with those references, over HTTP, is applied, not answered DUPLICATE
        Paxlst carrier = Paxlst.flight("ZZ815", "LHR", "261230").references("SQUATAIR", "IC815", "1");
        carrier.traveller("CUTSHORTSURNAME", "HOSTILEGIVENY", "910708", "GBR", "SQ2", "HOSTDOC4412");
        JsonNode status = client.awaitProcessed(client.submit(carrier.build()));
        assertThat(status.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(client.travellers("ZZ815-LHR-2026-12-30")).extracting(t -> t.get("givenNames"))
                .contains("HOSTILEGIVENY");
    }

    @Test
    void twoPeopleWhoseNamesDifferOnlyInDigitsAndWhoseDocumentsDifferAreTwoTravellers() {
        JsonNode first = client.awaitProcessed(client.submit(Paxlst.flight("ZZ816", "LHR", "261230")
                .references("ZZAIR", "IC816A", "1")
                .traveller("DIGITSURNAME1", "HOSTILEGIVEN", "910708", "GBR", "DG1", "HOSTDOC4410").build()));
        assertThat(first.get("status").asText()).isEqualTo("ACCEPTED");
        JsonNode second = client.awaitProcessed(client.submit(Paxlst.flight("ZZ816", "LHR", "261230")
                .references("ZZAIR", "IC816B", "1")
                .traveller("DIGITSURNAME2", "HOSTILEGIVEN", "910708", "GBR", "DG2", "HOSTDOC4411").build()));
        assertThat(second.get("status").asText()).isEqualTo("ACCEPTED");
        List<Map<String, Object>> travellers = client.travellers("ZZ816-LHR-2026-12-30");
        assertThat(travellers).extracting(t -> t.get("surname")).containsExactlyInAnyOrder("DIGITSURNAME1", "DIGITSURNAME2");
        // the same person sent again (same document) is still one traveller
        client.awaitProcessed(client.submit(Paxlst.flight("ZZ816", "LHR", "261230").references("ZZAIR", "IC816C", "1")
                .traveller("DIGITSURNAME1", "HOSTILEGIVEN", "910708", "GBR", "DG1", "HOSTDOC4410").build()));
        assertThat(client.travellers("ZZ816-LHR-2026-12-30")).hasSize(2);
    }

    @Test
    void aMessageTheBrokerParkedWhileNothingCouldRecordItsRejectionIsRejectedWithThatReason() {
        String insert = "INSERT INTO inbound_message (message_id, received_at, channel, source, content_digest, size_bytes,"
                + " status) VALUES (?, ?, 'HTTP', 'http:ingest', ?, 10, 'RECEIVED')";
        java.time.OffsetDateTime anHourAgo = java.time.OffsetDateTime.now().minusHours(1);
        jdbc.update(insert, "parked-by-broker", anHourAgo, "0".repeat(64));
        jdbc.update(insert, "still-on-its-queue", anHourAgo, "1".repeat(64));
        try {
            jms.send("safepassage.dlq", session -> {
                BytesMessage m = session.createBytesMessage();
                m.writeBytes(new byte[] {'U', 'N', 'B'});
                m.setStringProperty(IngestRoutes.MESSAGE_ID, "parked-by-broker");
                return m;
            });
            assertThat(stuck.reconcile(java.time.Duration.ofMinutes(15))).isEqualTo(1);
            JsonNode parked = client.getJson("/api/v1/messages/parked-by-broker", "officer");
            assertThat(parked.get("status").asText()).isEqualTo("REJECTED");
            assertThat(parked.get("reason").asText()).contains("parked on the dead-letter queue");
            assertThat(IngestQueue.status(jdbc, "still-on-its-queue")).isEqualTo("RECEIVED");
        } finally {
            jdbc.update("DELETE FROM inbound_message WHERE message_id = 'still-on-its-queue'");
            jms.setReceiveTimeout(1_000);
            jms.receiveSelected("safepassage.dlq", IngestRoutes.MESSAGE_ID + " = 'parked-by-broker'");
        }
    }
}
