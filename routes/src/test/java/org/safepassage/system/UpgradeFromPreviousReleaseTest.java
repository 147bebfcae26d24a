package org.safepassage.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.safepassage.SafePassageApplication;
import org.safepassage.testing.ServiceClient;
import org.safepassage.testing.TestDataDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An installation upgraded in place: a data directory written by the release before the move to Spring Boot 4
 * (H2 2.3 database, Artemis journal; see {@code upgrade/PROVENANCE.md}) is started by this release. Its flights,
 * travellers and referrals (OPEN, ACKNOWLEDGED, CLOSED) read back as that release answered them, and the messages
 * it had accepted but not processed are processed now.
 */
class UpgradeFromPreviousReleaseTest {

    @Test
    void aDataDirectoryOfThePreviousReleaseStartsWithEverythingIntactAndItsQueueProcessed() throws Exception {
        Path data = TestDataDirectory.newDirectory();
        unzip("/upgrade/data.zip", data);
        List<String> queued = List.of(text("/upgrade/queued-message-ids.txt").strip().split("\\s+"));
        assertThat(queued).hasSize(3);
        // as the earlier release left them: on the broker's journal, not processed
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db/safepassage")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
             PreparedStatement status = db.prepareStatement("SELECT status FROM inbound_message WHERE message_id = ?")) {
            for (String messageId : queued) {
                status.setString(1, messageId);
                try (ResultSet row = status.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString(1)).isEqualTo("RECEIVED");
                }
            }
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SafePassageApplication.class)
                .run("--safepassage.data-dir=" + data, "--server.port=0")) {
            ServiceClient client = new ServiceClient(((WebServerApplicationContext) app).getWebServer().getPort());
            for (String messageId : queued) {
                assertThat(client.awaitProcessed(messageId).get("status").asText()).isEqualTo("ACCEPTED");
            }
            JsonNode before = client.parse(text("/upgrade/flights.json"));
            JsonNode now = client.getJson("/api/v1/flights?size=1000", "officer");
            assertThat(now.get("totalItems").asInt()).isEqualTo(before.get("totalItems").asInt() + 3);
            for (JsonNode flight : before.get("items")) {
                assertThat(now.get("items")).as(flight.get("flightId").asText()).contains(flight);
            }
            for (String flight : List.of("ZZ901", "ZZ902", "ZZ903")) {
                assertThat(client.getJson("/api/v1/flights/" + flight + "-LHR-2026-12-30/travellers?size=1000", "officer"))
                        .as(flight).isEqualTo(client.parse(text("/upgrade/travellers-" + flight + ".json")));
            }
            JsonNode referrals = client.getJson("/api/v1/referrals?size=1000", "officer");
            assertThat(referrals).isEqualTo(client.parse(text("/upgrade/referrals.json")));
            assertThat(referrals.get("items").findValuesAsString("status"))
                    .containsExactlyInAnyOrder("OPEN", "ACKNOWLEDGED", "CLOSED");
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    client.getJson("/api/v1/flights/ZZ904-LHR-2026-12-30/travellers", "officer").get("totalItems").asInt() == 1);
        }
    }

    private static String text(String resource) {
        return new String(ServiceClient.resource(resource), StandardCharsets.UTF_8);
    }

    private static void unzip(String resource, Path target) {
        try (InputStream in = UpgradeFromPreviousReleaseTest.class.getResourceAsStream(resource);
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IllegalStateException("entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(zip, file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
