package org.safepassage.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.jms.Message;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safepassage.ingest.simulator.GeneratedTraveller;
import org.safepassage.ingest.simulator.SpecimenDocuments;
import org.safepassage.ingest.simulator.SpecimenDocuments.Fault;
import org.safepassage.mrtd.specimen.SpecimenIssuer;
import org.safepassage.system.Endpoints;
import org.safepassage.testing.Paxlst;
import org.safepassage.testing.ServiceClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Document reads through the real routes, broker, database and verifier, with passports issued by the demo's
 * specimen hierarchy: a genuine read joins its traveller and verifies VALID; a child's tampered DG1 is INVALID and
 * raises a referral with D1; an unknown issuer is INDETERMINATE; a read before its passenger list waits and is
 * joined when the list arrives; an ambiguous read is not joined; bad events get their reason and disturb nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safepassage.test.context=document-reads", "safepassage.trust.include-demo-anchors=true",
        "safepassage.trust.reload-check-period=1s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentReadFlowTest {

    private static final Path TRUST = TrustFolder.create();
    private static final SpecimenDocuments PASSPORTS = SpecimenDocuments.demo();
    private static final Instant READ_AT = Instant.parse("2026-12-01T14:20:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void trustFolder(DynamicPropertyRegistry registry) {
        registry.add("safepassage.trust.cscas", TRUST::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JmsTemplate jms;

    private ServiceClient client;

    @BeforeAll
    void client() {
        client = new ServiceClient(port);
        jms.setReceiveTimeout(20_000);
    }

    /** The traveller as the specimen passport describes them (document expiry as the crafted list writes it). */
    private static GeneratedTraveller person(String surname, String given, String sex, LocalDate born, String nationality,
                                             String document) {
        return new GeneratedTraveller(1, "B", null, surname, given, sex, born, nationality, document,
                LocalDate.of(2030, 1, 1), false, born.isAfter(LocalDate.of(2008, 12, 1)), false, false, false, null);
    }

    private static Paxlst.Person onList(GeneratedTraveller t, String booking) {
        return new Paxlst.Person(t.surname(), t.givenName(), t.dateOfBirth().format(java.time.format.DateTimeFormatter
                .ofPattern("yyMMdd")), t.nationality(), booking, t.documentNumber(), t.sex());
    }

    private String[] hint(String flight) {
        return new String[] {flight.substring(0, 2), flight.substring(2), "2026-12-01"};
    }

    private void manifest(String flight, String interchange, GeneratedTraveller... people) {
        Paxlst list = Paxlst.flight(flight, "IST", "261201").to("LHR").references("ZZAIR", interchange, "1");
        for (int i = 0; i < people.length; i++) {
            list.traveller(onList(people[i], "BK" + flight + (people[i].minor() ? "C" + i : "A")));
        }
        assertThat(client.awaitProcessed(client.submit(list.build())).get("status").asText()).startsWith("ACCEPTED");
    }

    private HttpResponse<String> post(byte[] event) {
        return client.sendJson("POST", "/api/v1/document-reads", "ingest", event);
    }

    private JsonNode read(byte[] event) {
        HttpResponse<String> response = post(event);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return client.parse(response.body());
    }

    private String travellerId(String flightId, String surname, String given) {
        for (Map<String, Object> t : client.travellers(flightId)) {
            if (surname.equals(t.get("surname")) && given.equals(t.get("givenNames"))) {
                return (String) t.get("travellerId");
            }
        }
        throw new AssertionError("no " + surname + " on " + flightId);
    }

    private static String status(JsonNode report, String check) {
        for (JsonNode c : report.get("checks")) {
            if (c.get("id").asText().equals(check)) {
                return c.get("status").asText();
            }
        }
        return null;
    }

    private JsonNode referral(String flightId, String travellerId) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (JsonNode r : client.items("/api/v1/referrals?flightId=" + flightId, "officer")) {
                if (r.get("travellerId").asText().equals(travellerId)) {
                    found[0] = r;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static JsonNode indicator(JsonNode referral, String code) {
        for (JsonNode i : referral.get("indicators")) {
            if (i.get("code").asText().equals(code)) {
                return i;
            }
        }
        return null;
    }

    @Test
    void aGenuineReadJoinsItsTravellerVerifiesValidAndIsStoredOnce() {
        GeneratedTraveller child = person("DEMIRCAN", "ELIF", "F", LocalDate.of(2019, 6, 1), "TUR", "SPX801001");
        manifest("ZZ801", "DR801", child, person("WELLSTON", "GRACE", "F", LocalDate.of(1974, 2, 2), "GBR", "SPX801002"));
        String id = travellerId("ZZ801-IST-2026-12-01", "DEMIRCAN", "ELIF");
        byte[] event = PASSPORTS.readEvent(child, Fault.NONE, READ_AT, "LHR-T5-BOOTH-12", hint("ZZ801"));

        JsonNode answer = read(event);

        assertThat(answer.get("travellerId").asText()).isEqualTo(id);
        assertThat(answer.get("flightId").asText()).isEqualTo("ZZ801-IST-2026-12-01");
        assertThat(answer.get("match").get("status").asText()).isEqualTo("MATCHED");
        assertThat(answer.get("match").get("by").asText()).isEqualTo("document number, issuing state and date of birth");
        JsonNode report = answer.get("verification");
        assertThat(report.get("verdict").asText()).as(report.toString()).isEqualTo("VALID");
        for (String check : List.of("sod.signature", "dsc.chain", "dg1.hash", "dg2.hash", "dg1.mrz-match",
                "dg1.api-match", "mrz.api-match", "mrz.composite")) {
            assertThat(status(report, check)).as(check).isEqualTo("PASS");
        }

        JsonNode again = read(event);
        assertThat(again.get("readId").asText()).isEqualTo(answer.get("readId").asText());
        assertThat(again.get("duplicate").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_read WHERE traveller_id = ?", Integer.class, id))
                .isEqualTo(1);

        JsonNode reads = client.getJson("/api/v1/travellers/" + id + "/document-reads", "officer");
        assertThat(reads).hasSize(1);
        assertThat(client.getJson("/api/v1/document-reads/" + answer.get("readId").asText(), "supervisor")
                .get("verification").get("verdict").asText()).isEqualTo("VALID");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = 'officer' AND "
                + "action = 'VIEW_DOCUMENT_READS' AND subject = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void theChipPhotoIsShownToOfficersOnlyAndEveryLookIsAudited() throws Exception {
        GeneratedTraveller adult = person("OSEI", "AMA", "F", LocalDate.of(1990, 3, 3), "GHA", "SPX802001");
        manifest("ZZ802", "DR802", adult);
        String id = travellerId("ZZ802-IST-2026-12-01", "OSEI", "AMA");
        read(PASSPORTS.readEvent(adult, Fault.NONE, READ_AT, "LHR-T5-EGATE-03", null));

        HttpResponse<byte[]> photo = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/travellers/" + id + "/photo"))
                .header("Authorization", ServiceClient.basic("officer", "officer")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(photo.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(photo.body()));
        assertThat(image.getWidth()).isEqualTo(120);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = 'officer' AND action = 'VIEW_PHOTO' "
                + "AND subject = ?", Integer.class, id)).isEqualTo(1);

        assertThat(client.send("GET", "/api/v1/travellers/" + id + "/photo", "ingest", null).statusCode()).isEqualTo(403);
        assertThat(client.send("GET", "/api/v1/travellers/" + id + "/photo", "auditor", null).statusCode()).isEqualTo(403);
        assertThat(client.send("GET", "/api/v1/travellers/unknown/photo", "officer", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aJpeg2000FaceImageIsShownAsJpeg() throws Exception {
        GeneratedTraveller adult = person("NAKAMORI", "KENJI", "M", LocalDate.of(1971, 5, 5), "JPN", "SPX803001");
        manifest("ZZ803", "DR803", adult);
        String id = travellerId("ZZ803-IST-2026-12-01", "NAKAMORI", "KENJI");
        BufferedImage face = ImageIO.read(new java.io.ByteArrayInputStream(SpecimenIssuer.silhouetteJpeg(90, 110, 7)));
        ByteArrayOutputStream jp2 = new ByteArrayOutputStream();
        assertThat(ImageIO.write(face, "jpeg2000", jp2)).as("a JPEG 2000 writer (jai-imageio-jpeg2000)").isTrue();
        ObjectNode event = (ObjectNode) JSON.readTree(PASSPORTS.readEvent(adult, Fault.NONE, READ_AT, "LHR-T5-EGATE-04", null));
        ((ObjectNode) event.get("files")).put("DG2", Base64.getEncoder().encodeToString(
                SpecimenIssuer.dg2(jp2.toByteArray(), 90, 110, true)));

        JsonNode answer = read(JSON.writeValueAsBytes(event));
        // DG2 is not the one the SOD covers: the verdict says so, and the photo is still shown
        assertThat(status(answer.get("verification"), "dg2.hash")).isEqualTo("FAIL");

        HttpResponse<byte[]> photo = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/travellers/" + id + "/photo"))
                .header("Authorization", ServiceClient.basic("supervisor", "supervisor")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(photo.statusCode()).isEqualTo(200);
        BufferedImage shown = ImageIO.read(new java.io.ByteArrayInputStream(photo.body()));
        assertThat(shown.getWidth()).isEqualTo(90);
        assertThat(photo.body()[0]).isEqualTo((byte) 0xFF); // JPEG SOI
        assertThat(photo.body()[1]).isEqualTo((byte) 0xD8);
    }

    @Test
    void aChildsTamperedDg1FromTheQueueIsInvalidAndRaisesAReferralWithD1() {
        GeneratedTraveller mother = person("AYDINOVA", "SELMA", "F", LocalDate.of(1988, 1, 9), "TUR", "SPX804001");
        GeneratedTraveller son = person("AYDINOVA", "KEREM", "M", LocalDate.of(2017, 4, 4), "TUR", "SPX804002");
        Paxlst list = Paxlst.flight("ZZ804", "IST", "261201").to("LHR").references("ZZAIR", "DR804", "1")
                .traveller(onList(mother, "FAM804")).traveller(onList(son, "FAM804"));
        assertThat(client.awaitProcessed(client.submit(list.build())).get("status").asText()).startsWith("ACCEPTED");
        String flightId = "ZZ804-IST-2026-12-01";
        String id = travellerId(flightId, "AYDINOVA", "KEREM");

        jms.convertAndSend("safepassage.document-reads.in",
                new String(PASSPORTS.readEvent(son, Fault.TAMPERED_DG1, READ_AT, "LHR-T5-BOOTH-12", hint("ZZ804")),
                        StandardCharsets.UTF_8));

        JsonNode referral = referral(flightId, id);
        JsonNode d1 = indicator(referral, "D1");
        assertThat(d1).as(referral.toString()).isNotNull();
        assertThat(d1.get("evidence").toString()).contains("INVALID", "dg1.hash", "dg1.api-match", "document read ");
        String readId = jdbc.queryForObject("SELECT read_id FROM document_read WHERE traveller_id = ?", String.class, id);
        assertThat(d1.get("evidence").toString()).contains(readId);
        // the evidence names checks and the verdict, never the data groups' content
        assertThat(d1.get("evidence").toString()).doesNotContain("SPX804002", "AYDINOVA");
        JsonNode stored = client.getJson("/api/v1/document-reads/" + readId, "officer");
        assertThat(stored.get("match").get("by").asText()).contains("the date of birth differs");
    }

    @Test
    void anUnknownIssuerGivesIndeterminate() {
        GeneratedTraveller girl = person("TALVARI", "NIKA", "F", LocalDate.of(2014, 8, 8), "GEO", "SPX805001");
        manifest("ZZ805", "DR805", girl, person("MARVESCU", "DORIN", "M", LocalDate.of(1980, 1, 1), "ROU", "SPX805002"));

        JsonNode answer = read(PASSPORTS.readEvent(girl, Fault.UNKNOWN_ISSUER, READ_AT, "LHR-T5-BOOTH-14", hint("ZZ805")));

        assertThat(answer.get("match").get("status").asText()).isEqualTo("MATCHED");
        assertThat(answer.get("verification").get("verdict").asText()).isEqualTo("INDETERMINATE");
        assertThat(status(answer.get("verification"), "dsc.chain")).isEqualTo("UNKNOWN");
    }

    @Test
    void aReadBeforeItsPassengerListWaitsAndIsJoinedWhenTheListArrives() {
        GeneratedTraveller girl = person("BELKANI", "SARA", "F", LocalDate.of(2015, 11, 11), "ALB", "SPX806001");
        JsonNode answer = read(PASSPORTS.readEvent(girl, Fault.EXPIRED_DSC, READ_AT, "LHR-T5-BOOTH-14", null));
        String readId = answer.get("readId").asText();
        assertThat(answer.get("travellerId").isNull()).isTrue();
        assertThat(answer.get("match").get("status").asText()).isEqualTo("UNMATCHED");
        assertThat(answer.get("match").get("reason").asText()).contains("joined when a passenger list names them");
        assertThat(answer.get("verification").get("verdict").asText()).isEqualTo("INVALID");
        assertThat(client.items("/api/v1/document-reads?unmatched=true&from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z",
                "officer").toString()).contains(readId);

        manifest("ZZ806", "DR806", girl, person("QUORVINE", "TOMAS", "M", LocalDate.of(1979, 7, 7), "MDA", "SPX806002"));
        String flightId = "ZZ806-IST-2026-12-01";
        String id = travellerId(flightId, "BELKANI", "SARA");

        await().atMost(Duration.ofSeconds(20)).until(() ->
                id.equals(client.getJson("/api/v1/document-reads/" + readId, "officer").get("travellerId").asText()));
        JsonNode joined = client.getJson("/api/v1/document-reads/" + readId, "officer");
        assertThat(status(joined.get("verification"), "dg1.api-match")).isEqualTo("PASS");
        assertThat(status(joined.get("verification"), "dsc.validity")).isEqualTo("FAIL");
        assertThat(indicator(referral(flightId, id), "D1")).isNotNull();
    }

    @Test
    void aReadThatFitsTwoTravellersIsNotJoined() {
        LocalDate born = LocalDate.of(2016, 2, 20);
        GeneratedTraveller one = person("KAYA", "DEFNE", "F", born, "TUR", "SPX807001");
        GeneratedTraveller two = person("KAYA", "DEFNE", "F", born, "TUR", "SPX807002");
        manifest("ZZ807", "DR807", one, two);
        GeneratedTraveller reader = person("KAYA", "DEFNE", "F", born, "TUR", "SPX807999");

        JsonNode answer = read(PASSPORTS.readEvent(reader, Fault.NONE, READ_AT, "LHR-T5-EGATE-01", hint("ZZ807")));

        assertThat(answer.get("travellerId").isNull()).isTrue();
        assertThat(answer.get("match").get("status").asText()).isEqualTo("AMBIGUOUS");
        assertThat(answer.get("match").get("candidates").toString()).contains(
                travellerId("ZZ807-IST-2026-12-01", "KAYA", "DEFNE"));
        assertThat(answer.get("match").get("candidates")).hasSize(2);
    }

    @Test
    void badEventsGetTheirReasonAndDisturbNothing() {
        assertThat(post("{\"readerId\": ".getBytes(StandardCharsets.UTF_8))).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("not JSON");
        });
        String badBase64 = "{\"readerId\": \"R\", \"readAt\": \"2026-12-01T10:00:00Z\", \"files\": {\"SOD\": \"%%%\"}}";
        assertThat(post(badBase64.getBytes(StandardCharsets.UTF_8)).body()).contains("files.SOD is not valid base64");
        String notDg2 = "{\"readerId\": \"R\", \"readAt\": \"2026-12-01T10:00:00Z\", \"files\": {\"DG2\": \"YQVfHwEA\"}}";
        HttpResponse<String> wrongFile = post(notDg2.getBytes(StandardCharsets.UTF_8));
        assertThat(wrongFile.statusCode()).isEqualTo(400);
        assertThat(wrongFile.body()).contains("files.DG2 is not DG2");
        byte[] huge = new byte[2 * 1024 * 1024 + 10];
        java.util.Arrays.fill(huge, (byte) ' ');
        HttpResponse<String> tooLarge = post(huge);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("above the limit of 2097152 bytes");
        assertThat(client.send("POST", "/api/v1/document-reads", "officer", "{}".getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(403);

        String marker = UUID.randomUUID().toString();
        jms.send("safepassage.document-reads.in", session -> {
            Message m = session.createTextMessage("{\"readerId\": \"R\", \"readAt\": \"not a time\", \"mrz\": \"P<\"}");
            m.setStringProperty("TestEvent", marker);
            return m;
        });
        Message parked = jms.receiveSelected("safepassage.dlq", "TestEvent = '" + marker + "'");
        assertThat(parked).isNotNull();
        try {
            assertThat(parked.getStringProperty(Endpoints.REJECT_REASON))
                    .isEqualTo("invalid document read event: readAt must be an instant such as 2014-06-01T07:40:00Z");
        } catch (jakarta.jms.JMSException e) {
            throw new AssertionError(e);
        }
        assertThat(client.send("GET", "/actuator/health", null, null).body()).contains("\"UP\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_read WHERE reader_id = 'R'", Integer.class)).isZero();
    }

    @Test
    void trustAnchorsAddedToTheFolderAreLoadedWithoutRestartAndAudited() throws Exception {
        int before = client.getJson("/actuator/health", "supervisor").get("components").get("trustStore")
                .get("details").get("cscas").asInt();
        java.security.KeyPairGenerator ec = java.security.KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        var csca = SpecimenIssuer.csca(ec.generateKeyPair(), "UT", "Reload test CSCA (TEST KEY)",
                Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2040-01-01T00:00:00Z"));
        Files.write(TRUST.resolve("added.der"), csca.getEncoded());

        await().atMost(Duration.ofSeconds(20)).until(() -> client.getJson("/actuator/health", "supervisor")
                .get("components").get("trustStore").get("details").get("cscas").asInt() == before + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'TRUST_STORE_RELOADED' "
                + "AND detail LIKE ?", Integer.class, "cscas=" + (before + 1) + ",%")).isEqualTo(1);
    }

    /** An empty folder of CSCA certificates for this test's service. */
    private static final class TrustFolder {
        static Path create() {
            try {
                return Files.createTempDirectory("trust-");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
