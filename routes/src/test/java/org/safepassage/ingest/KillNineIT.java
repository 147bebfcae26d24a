package org.safepassage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.safepassage.testing.ServiceClient;
import org.safepassage.testing.TestDataDirectory;

/**
 * A 202 is a promise that survives {@code kill -9}: the packaged service is started as its own process, takes
 * a burst of messages over HTTP, is killed with SIGKILL right after the last 202, and started again on the same
 * data directory. Every accepted message is then processed, once.
 */
class KillNineIT {

    private static final int MESSAGES = 40;

    private static Process start(Path dataDir, int port, String run) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-jar", System.getProperty("safepassage.jar", "routes/target/safepassage.jar"),
                "--server.port=" + port, "--safepassage.data-dir=" + dataDir)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + "-" + run + ".log").toFile())
                .start();
    }

    private static void awaitUp(ServiceClient client) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> client.send("GET", "/actuator/health/readiness", null, null).body().contains("\"status\":\"UP\""));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void everyAcceptedMessageSurvivesKillNine() throws Exception {
        Path dataDir = TestDataDirectory.newDirectory();
        dataDir.toFile().mkdirs();
        int port = freePort();
        ServiceClient client = new ServiceClient(port);
        Process first = start(dataDir, port, "before-kill");
        List<String> accepted = new ArrayList<>();
        try {
            awaitUp(client);
            for (int i = 0; i < MESSAGES; i++) {
                String flight = "KN" + (100 + i);
                byte[] list = new String(IngestRouteTest.list("KILL" + i, "01:F", false, "ALPHA", "BRAVO", "CHARLIE"),
                        StandardCharsets.ISO_8859_1).replace("XY100", flight).getBytes(StandardCharsets.ISO_8859_1);
                accepted.add(client.submit(list));
            }
        } finally {
            first.destroyForcibly();   // SIGKILL: no shutdown hook, no graceful broker stop
            first.waitFor();
        }
        assertThat(accepted).hasSize(MESSAGES);

        Process second = start(dataDir, port, "after-kill");
        try {
            awaitUp(client);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                    accepted.stream().allMatch(id -> {
                        var r = client.send("GET", "/api/v1/messages/" + id, "officer", null);
                        return r.statusCode() == 200 && client.parse(r.body()).get("status").asText().startsWith("ACCEPTED");
                    }));
            JsonNode flights = client.items("/api/v1/flights", "officer");
            for (int i = 0; i < MESSAGES; i++) {
                String flightId = "KN" + (100 + i) + "-AAA-2026-12-30";
                JsonNode flight = null;
                for (JsonNode f : flights) {
                    if (f.get("flightId").asText().equals(flightId)) {
                        flight = f;
                    }
                }
                assertThat(flight).as(flightId).isNotNull();
                assertThat(flight.get("travellerCount").asInt()).as(flightId + " stored once").isEqualTo(3);
            }
        } finally {
            second.destroy();
            second.waitFor();
        }
    }
}
