package org.safepassage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import jakarta.jms.BytesMessage;
import jakarta.jms.Message;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safepassage.testing.ServiceClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

/**
 * Passenger data through the real routes: HTTP and queue in, embedded Artemis, real database, real parser.
 * Every shared sample is ingested and its travellers checked through the officers' API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IngestRouteTest {

    @LocalServerPort
    int port;

    @Autowired
    JmsTemplate jms;

    @Autowired
    JdbcTemplate jdbc;

    ServiceClient client;

    @BeforeEach
    void client() {
        client = new ServiceClient(port);
    }

    private static byte[] sample(String name) {
        return ServiceClient.resource("/edifact/" + (name.startsWith("gtas_pnr") || name.startsWith("gtas_3") || name.startsWith("gtas_code") ? "pnrgov/" : "paxlst/") + name);
    }

    private static Map<String, Object> traveller(List<Map<String, Object>> travellers, String surname, String given) {
        return travellers.stream()
                .filter(t -> surname.equalsIgnoreCase(String.valueOf(t.get("surname")))
                        && given.equalsIgnoreCase(String.valueOf(t.get("givenNames"))))
                .findFirst().orElseThrow(() -> new AssertionError("no traveller " + surname + " " + given));
    }

    @Test
    void syntheticReferenceListOf300Travellers() {
        JsonNode status = client.awaitProcessed(client.submit(sample("synthetic_300pax_d05b.edi")));
        assertThat(status.get("status").asText()).startsWith("ACCEPTED");
        assertThat(status.get("kind").asText()).isEqualTo("PAXLST");
        JsonNode flight = client.flight("UA123-YVR-2007-04-29");
        assertThat(flight.get("carrier").asText()).isEqualTo("UA");
        assertThat(flight.get("number").asText()).isEqualTo("123");
        assertThat(flight.get("departureAirport").asText()).isEqualTo("YVR");
        assertThat(flight.get("arrivalAirport").asText()).isEqualTo("JFK");
        assertThat(flight.get("departureTime").asText()).isEqualTo("2007-04-29T12:30:00");
        assertThat(flight.get("travellerCount").asInt()).isEqualTo(300);
        List<Map<String, Object>> travellers = client.travellers("UA123-YVR-2007-04-29");
        assertThat(travellers).hasSize(300);
        Map<String, Object> first = traveller(travellers, "TESTSURNAMEAAB", "GIVENDAB");
        assertThat(first.get("sex")).isEqualTo("M");
        assertThat(first.get("nationality")).isEqualTo("CAN");
        assertThat(first.get("bookingReference")).isEqualTo("PNR000");
        // born 15-01-01 resolved against the 2007 departure: 1915, not 2015
        assertThat(first.get("dateOfBirth")).isEqualTo("1915-01-01");
        assertThat(first.get("ageAtDeparture")).isEqualTo(92);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> documents = (List<Map<String, Object>>) first.get("documents");
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.get("type")).isEqualTo("P");
            assertThat(d.get("number")).isEqualTo("X10000000");
            assertThat(d.get("issuingState")).isEqualTo("CAN");
            assertThat(d.get("expiryDate")).isEqualTo("2030-01-01");
        });
    }

    @Test
    void firstPartOfASplitListFromGtas() {
        JsonNode status = client.awaitProcessed(client.submit(sample("gtas_Test3_d02b_split_part1.edi")));
        assertThat(status.get("status").asText()).startsWith("ACCEPTED");
        assertThat(status.get("warnings").toString()).contains("split list part received");
        JsonNode flight = client.flight("UA989-FRA-2017-01-27");
        assertThat(flight.get("departureTime").asText()).isEqualTo("2017-01-27T17:25:00");
        assertThat(flight.get("arrivalAirport").asText()).isEqualTo("IAD");
        assertThat(flight.get("travellerCount").asInt()).isEqualTo(260);
        Map<String, Object> kuchel = traveller(client.travellers("UA989-FRA-2017-01-27"), "KUCHEL", "RACHEL");
        assertThat(kuchel.get("sex")).isEqualTo("F");
        assertThat(kuchel.get("dateOfBirth")).isEqualTo("1977-10-19");
    }

    @Test
    void multiLegListPutsEachTravellerOnTheLegsTheyFly() {
        JsonNode status = client.awaitProcessed(client.submit(sample("gtas_apisMessage_d05b_2pax_multileg.edi")));
        assertThat(status.get("status").asText()).startsWith("ACCEPTED");
        List<Map<String, Object>> first = client.travellers("AA123-ATL-2007-02-19");
        List<Map<String, Object>> second = client.travellers("AA124-ORD-2007-02-19");
        // Michael embarks at ATL (both legs), Cheryl at ORD (second leg only)
        assertThat(first).extracting(t -> t.get("givenNames")).containsExactly("MICHAEL");
        assertThat(second).extracting(t -> t.get("givenNames")).containsExactlyInAnyOrder("MICHAEL", "CHERYL");
        Map<String, Object> cheryl = traveller(second, "CLARK", "CHERYL");
        assertThat(cheryl.get("sex")).isEqualTo("F");
        assertThat(cheryl.get("dateOfBirth")).isEqualTo("1973-04-07");
        assertThat(cheryl.get("bookingReference")).isEqualTo("TYR123");
        assertThat(traveller(second, "CLARK", "MICHAEL").get("dateOfBirth")).isEqualTo("1972-09-07");
    }

    @Test
    void pnrWithItsTravellersDocumentsAndRepeatedItineraryNames() {
        JsonNode status = client.awaitProcessed(client.submit(sample("gtas_pnrMessageExample.edi")));
        assertThat(status.get("status").asText()).startsWith("ACCEPTED");
        assertThat(status.get("kind").asText()).isEqualTo("PNRGOV");
        JsonNode flight = client.flight("UA988-FRA-2018-09-28");
        assertThat(flight.get("arrivalAirport").asText()).isEqualTo("IAD");
        List<Map<String, Object>> travellers = client.travellers("UA988-FRA-2018-09-28");
        assertThat(travellers).extracting(t -> t.get("surname"))
                .containsExactlyInAnyOrder("LOBB", "PHILIPPS", "BOLOGNA", "EULENBERGER", "HABTE");
        Map<String, Object> lobb = travellers.stream().filter(t -> "LOBB".equals(t.get("surname"))).findFirst().orElseThrow();
        assertThat(lobb.get("bookingReference")).isEqualTo("7C789A");
        assertThat(lobb.get("dateOfBirth")).isEqualTo("1954-08-13");
        assertThat(lobb.get("sex")).isEqualTo("F");
        assertThat(lobb.toString()).contains("796428965");
    }

    @Test
    void threePnrsInOneMessageWithAnInfant() {
        JsonNode status = client.awaitProcessed(client.submit(sample("gtas_3_pnrs.edi")));
        assertThat(status.get("status").asText()).startsWith("ACCEPTED");
        List<Map<String, Object>> travellers = client.travellers("TZ6-SIN-2013-05-28");
        assertThat(travellers).extracting(t -> t.get("bookingReference")).contains("W9TEND", "D1RGHI", "GBFKSK");
        Map<String, Object> infant = traveller(travellers, "DYE", "ARCHER");
        assertThat(infant.get("passengerType")).isEqualTo("INFANT");
        assertThat(infant.get("bookingReference")).isEqualTo("D1RGHI");
        assertThat(travellers.stream().filter(t -> "D1RGHI".equals(t.get("bookingReference")))).hasSize(3);
        Map<String, Object> kevin = travellers.stream().filter(t -> "VANDENBERG".equals(t.get("surname"))).findFirst().orElseThrow();
        assertThat(kevin.get("dateOfBirth")).as(kevin.toString()).isEqualTo("1980-07-04");
    }

    @Test
    void codesharePnrsJoinTheOperatingFlight() {
        JsonNode status = client.awaitProcessed(client.submit(sample("gtas_codeshare.edi")));
        assertThat(status.get("status").asText()).isIn("ACCEPTED", "ACCEPTED_WITH_WARNINGS", "DUPLICATE");
        List<Map<String, Object>> travellers = client.travellers("SQ609-ICN-2013-05-27");
        assertThat(travellers).extracting(t -> t.get("surname")).containsExactlyInAnyOrder("PARK", "KIM");
    }

    @Test
    void sameMessageTwiceChangesNothing() {
        byte[] message = sample("gtas_pnrWithDoco.edi");
        JsonNode first = client.awaitProcessed(client.submit(message));
        assertThat(first.get("status").asText()).startsWith("ACCEPTED");
        Integer travellers = jdbc.queryForObject("SELECT COUNT(*) FROM traveller", Integer.class);
        List<String> snapshot = storedRecords();

        JsonNode second = client.awaitProcessed(client.submit(message));
        assertThat(second.get("status").asText()).isEqualTo("DUPLICATE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM traveller", Integer.class)).isEqualTo(travellers);
        assertThat(storedRecords()).isEqualTo(snapshot);
    }

    /** Every traveller's id, stored records and last change, as comparable text. */
    private List<String> storedRecords() {
        return jdbc.query("SELECT traveller_id, api_record, pnr_record, updated_at FROM traveller ORDER BY traveller_id",
                (rs, n) -> rs.getString(1) + " " + hex(rs.getBytes(2)) + " " + hex(rs.getBytes(3)) + " " + rs.getObject(4));
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? "-" : java.util.HexFormat.of().formatHex(bytes);
    }

    @Test
    void garbageGoesToTheDeadLetterQueueWithItsReason() throws Exception {
        String messageId = client.submit("this is not EDIFACT at all".getBytes(StandardCharsets.UTF_8));
        JsonNode status = client.awaitProcessed(messageId);
        assertThat(status.get("status").asText()).isEqualTo("REJECTED");
        assertThat(status.get("reason").asText()).isNotBlank();
        Message dead = deadLetter(messageId);
        assertThat(dead.getStringProperty(IngestRoutes.REJECT_REASON)).isEqualTo(status.get("reason").asText());
        assertThat(new String(body(dead), StandardCharsets.UTF_8)).isEqualTo("this is not EDIFACT at all");
    }

    @Test
    void binaryAndTruncatedInputAreRejectedAndTheServiceGoesOn() {
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        JsonNode rejectedBinary = client.awaitProcessed(client.submit(binary));
        assertThat(rejectedBinary.get("status").asText()).isEqualTo("REJECTED");

        byte[] whole = sample("gtas_apisMessage_d05b_2pax_multileg.edi");
        byte[] truncated = java.util.Arrays.copyOf(whole, 120);
        JsonNode rejectedTruncated = client.awaitProcessed(client.submit(truncated));
        assertThat(rejectedTruncated.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejectedTruncated.get("reason").asText()).isNotBlank();

        // and the next good message is processed as usual
        JsonNode good = client.awaitProcessed(client.submit(sample("gtas_apisMessage_d05b_2pax_multileg.edi")));
        assertThat(good.get("status").asText()).isIn("ACCEPTED", "ACCEPTED_WITH_WARNINGS", "DUPLICATE");
    }

    /**
     * A US land-border crew manifest (D03B, TDT+11): no flight number and no place, only the carrier, the arrival
     * date and the manifest's number. Its driver is kept on a journey keyed by those, not lost.
     */
    @Test
    void landBorderCrewManifestIsKeptAsAJourney() {
        JsonNode status = client.awaitProcessed(client.submit(sample("smooks_d03b_ace_emanifest_crew_1.edi")));
        assertThat(status.get("status").asText()).isEqualTo("ACCEPTED_WITH_WARNINGS");
        assertThat(status.get("warnings").toString()).contains("document name code 10");
        JsonNode journey = client.flight("LOCKLOCKKH04103101-ZZZ-2004-12-30");
        assertThat(journey.get("carrier").asText()).isEqualTo("LOCK");
        assertThat(journey.get("number").asText()).isEqualTo("LOCKKH04103101");
        assertThat(journey.get("departureAirport").asText()).isEqualTo("ZZZ");
        assertThat(journey.get("travellerCount").asInt()).isEqualTo(1);
        Map<String, Object> driver = traveller(client.travellers("LOCKLOCKKH04103101-ZZZ-2004-12-30"), "AOMAD", "CHRIS");
        assertThat(driver.get("role")).isEqualTo("CREW");
        assertThat(driver.get("dateOfBirth")).isEqualTo("1935-09-19");
        assertThat(driver.get("sex")).isEqualTo("M");
        assertThat(driver.get("nationality")).isEqualTo("US");
        assertThat(driver.get("ageAtDeparture")).isEqualTo(69);
        assertThat(driver.get("documents").toString()).contains("P100971204141").contains("15504141");
    }

    @Test
    void oversizedMessageIsRefusedWithAReason() {
        byte[] big = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'A');
        var response = client.send("POST", "/api/v1/messages", "ingest", big);
        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode body = client.parse(response.body());
        assertThat(body.get("detail").asText()).contains("message is " + big.length + " bytes, above the limit");
        JsonNode status = client.getJson("/api/v1/messages/" + body.get("messageId").asText(), "officer");
        assertThat(status.get("status").asText()).isEqualTo("REJECTED");
        assertThat(status.get("sizeBytes").asLong()).isEqualTo(big.length);
        assertThat(status.get("contentDigest").asText()).isEqualTo(MessageIngest.digest(big));
    }

    @Test
    void oversizedMessageFromAQueueGoesToTheDeadLetterQueue() throws Exception {
        byte[] big = new byte[17 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'B');
        jms.send("safepassage.api.in", session -> {
            BytesMessage m = session.createBytesMessage();
            m.writeBytes(big);
            m.setStringProperty(IngestRoutes.MESSAGE_ID, "big-from-queue");
            return m;
        });
        JsonNode status = client.awaitProcessed("big-from-queue");
        assertThat(status.get("status").asText()).isEqualTo("REJECTED");
        assertThat(status.get("reason").asText()).contains("above the limit");
        assertThat(deadLetter("big-from-queue").getStringProperty(IngestRoutes.REJECT_REASON)).contains("above the limit");
    }

    @Test
    void anAirlineQueueDeliveryWithoutOurIdIsProcessedAndLogged() {
        // the codeshare sample as another interchange (the HTTP tests may have sent the original already)
        byte[] raw = new String(sample("gtas_codeshare.edi"), StandardCharsets.ISO_8859_1)
                .replace("130527:0754+0003'", "130527:0754+0099'").getBytes(StandardCharsets.ISO_8859_1);
        jms.send("safepassage.pnr.in", session -> {
            BytesMessage m = session.createBytesMessage();
            m.writeBytes(raw);
            return m;
        });
        String digest = MessageIngest.digest(raw);
        String[] id = new String[1];
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
            List<String> ids = jdbc.queryForList(
                    "SELECT message_id FROM inbound_message WHERE content_digest = ? AND channel = 'QUEUE' AND status <> 'RECEIVED'", String.class, digest);
            if (ids.isEmpty()) {
                return false;
            }
            id[0] = ids.get(0);
            return true;
        });
        JsonNode status = client.getJson("/api/v1/messages/" + id[0], "officer");
        assertThat(status.get("status").asText()).startsWith("ACCEPTED");
        assertThat(status.get("kind").asText()).isEqualTo("PNRGOV");
        assertThat(status.get("channel").asText()).isEqualTo("QUEUE");
    }

    /** A small PAXLST D05B list of generated travellers on flight XY100 AAA to BBB, 2026-12-30. */
    static byte[] list(String interchangeRef, String sequence, boolean change, String... names) {
        StringBuilder body = new StringBuilder();
        body.append("UNH+M").append(interchangeRef).append("+PAXLST:D:05B:UN:IATA+XY100LIST+").append(sequence).append("'");
        body.append("BGM+745").append(change ? "+CP" : "").append("'");
        body.append("NAD+MS+++OPERATIONS'TDT+20+XY100+++XY'LOC+125+AAA'DTM+189:2612301000:201'LOC+87+BBB'DTM+232:2612301400:201'");
        int segments = 9;
        for (String name : names) {
            body.append("NAD+FL+++").append(name).append(":TEST'ATT+2++F'DTM+329:900215'NAT+2+GBR'RFF+AVF:BK").append(name).append("'");
            segments += 5;
        }
        body.append("CNT+42:").append(names.length).append("'");
        segments += 2;
        body.append("UNT+").append(segments).append("+M").append(interchangeRef).append("'");
        return ("UNA:+.? 'UNB+UNOA:4+XYAIR+BORDER+261230:0900+" + interchangeRef + "++APIS'" + body
                + "UNZ+1+" + interchangeRef + "'").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void splitListPartsArrivingOutOfOrderAssembleIntoOneList() {
        JsonNode second = client.awaitProcessed(client.submit(list("SPLIT2", "02:C", false, "BRAVOA", "BRAVOB", "BRAVOC")));
        assertThat(second.get("warnings").toString()).contains("final part not yet received");
        JsonNode third = client.awaitProcessed(client.submit(list("SPLIT3", "03:F", false, "CHARLIEA", "CHARLIEB")));
        assertThat(third.get("warnings").toString()).contains("[2, 3]").contains("of 3");
        JsonNode first = client.awaitProcessed(client.submit(list("SPLIT1", "01:C", false, "ALPHAA", "ALPHAB", "ALPHAC", "ALPHAD")));
        assertThat(first.get("warnings").toString()).contains("split list complete: parts [1, 2, 3]");
        assertThat(client.flight("XY100-AAA-2026-12-30").get("travellerCount").asInt()).isEqualTo(9);
        assertThat(client.travellers("XY100-AAA-2026-12-30")).extracting(t -> t.get("surname"))
                .containsExactlyInAnyOrder("ALPHAA", "ALPHAB", "ALPHAC", "ALPHAD", "BRAVOA", "BRAVOB", "BRAVOC",
                        "CHARLIEA", "CHARLIEB");
    }

    /**
     * One traveller group of four is broken (no name, a five-digit birth date, an unknown sex code, a document date
     * without a document) and the counts are wrong: the list is accepted, every warning names what it found, and
     * the three good travellers and the broken one are all on the flight.
     */
    @Test
    void oneBrokenTravellerGroupAmongGoodOnesIsAcceptedWithWarnings() {
        String raw = new String(list("BROKEN1", "01:F", false, "GOODA", "BROKENB", "GOODC", "GOODD"), StandardCharsets.ISO_8859_1)
                .replace("XY100", "XY300")
                .replace("NAD+FL+++BROKENB:TEST'ATT+2++F'DTM+329:900215'", "NAD+FL'ATT+2++Q'DTM+329:90021'DTM+36:999999'")
                .replace("CNT+42:4'", "CNT+42:7'");
        JsonNode status = client.awaitProcessed(client.submit(raw.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(status.get("status").asText()).isEqualTo("ACCEPTED_WITH_WARNINGS");
        assertThat(status.get("warnings").toString()).contains("has no surname").contains("not a valid date")
                .contains("sex code").contains("CNT");
        List<Map<String, Object>> travellers = client.travellers("XY300-AAA-2026-12-30");
        assertThat(travellers).hasSize(4);
        assertThat(traveller(travellers, "GOODC", "TEST").get("dateOfBirth")).isEqualTo("1990-02-15");
    }

    /** {@code curl --data-binary @file} declares a form: the body is still read as it came, '+' and all. */
    @Test
    void aBodyPostedAsAFormIsReadAsItCame() throws Exception {
        byte[] raw = new String(list("CURL1", "01:F", false, "CURLA", "CURLB"), StandardCharsets.ISO_8859_1)
                .replace("XY100", "XY500").getBytes(StandardCharsets.ISO_8859_1);
        var response = client.send("POST", "/api/v1/messages", "ingest", raw, "application/x-www-form-urlencoded");
        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode status = client.awaitProcessed(client.parse(response.body()).get("messageId").asText());
        assertThat(status.get("status").asText()).startsWith("ACCEPTED");
        assertThat(status.get("sizeBytes").asLong()).isEqualTo(raw.length);
        assertThat(status.get("contentDigest").asText()).isEqualTo(MessageIngest.digest(raw));
        assertThat(client.travellers("XY500-AAA-2026-12-30")).extracting(t -> t.get("surname"))
                .containsExactlyInAnyOrder("CURLA", "CURLB");
    }

    @Test
    void aChangeListReplacesTheEarlierListAndKeepsTravellerIds() {
        byte[] original = new String(list("ORIG1", "01:F", false, "KEEPA", "KEEPB", "DROPC"), StandardCharsets.ISO_8859_1)
                .replace("XY100", "XY200").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(client.awaitProcessed(client.submit(original)).get("status").asText()).startsWith("ACCEPTED");
        Map<String, Object> keepA = traveller(client.travellers("XY200-AAA-2026-12-30"), "KEEPA", "TEST");

        byte[] change = new String(list("CHANGE1", "01:F", true, "KEEPA", "KEEPB", "ADDD"), StandardCharsets.ISO_8859_1)
                .replace("XY100", "XY200").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(client.awaitProcessed(client.submit(change)).get("status").asText()).startsWith("ACCEPTED");
        List<Map<String, Object>> after = client.travellers("XY200-AAA-2026-12-30");
        assertThat(after).extracting(t -> t.get("surname")).containsExactlyInAnyOrder("KEEPA", "KEEPB", "ADDD");
        assertThat(traveller(after, "KEEPA", "TEST").get("travellerId")).isEqualTo(keepA.get("travellerId"));
    }

    private Message deadLetter(String messageId) {
        jms.setReceiveTimeout(10_000);
        Message m = jms.receiveSelected("safepassage.dlq", IngestRoutes.MESSAGE_ID + " = '" + messageId + "'");
        assertThat(m).as("dead letter for " + messageId).isNotNull();
        return m;
    }

    private static byte[] body(Message m) throws Exception {
        if (m instanceof BytesMessage b) {
            byte[] out = new byte[(int) b.getBodyLength()];
            b.readBytes(out);
            return out;
        }
        return ((jakarta.jms.TextMessage) m).getText().getBytes(StandardCharsets.UTF_8);
    }
}
