package org.safepassage.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.safepassage.testing.ServiceClient;
import org.safepassage.testing.TestDataDirectory;

/**
 * The packaged jar as a newcomer or an operator starts it: from an empty working directory (built-in defaults, no
 * ./config), with the local demo. Referrals appear within seconds; a normal start and its first messages log no
 * warning; Camel's exchange metrics are exported per route; a second process on the same data directory is refused
 * with one line saying which process holds it.
 */
class PackagedJarIT {

    private static final String JAR = Path.of(System.getProperty("safepassage.jar", "routes/target/safepassage.jar"))
            .toAbsolutePath().toString();

    private static Process start(Path workingDirectory, Path log, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", JAR));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void theJarRunsFromAnEmptyDirectoryShowsTheDemoReferralsAndRefusesASecondProcess() throws Exception {
        Path empty = TestDataDirectory.newDirectory();
        Files.createDirectories(empty);
        Path log = empty.resolveSibling(empty.getFileName() + ".log");
        int port = freePort();
        ServiceClient client = new ServiceClient(port);
        Process service = start(empty, log, "--server.port=" + port, "--safepassage.demo=true");
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> client.send("GET", "/actuator/health", null, null).statusCode() == 200);
            // the demo's lone 7-year-old on ZZ101 and the infant without an adult are referred
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                    client.items("/api/v1/referrals", "officer").findValuesAsString("ageAtDeparture").containsAll(List.of("7", "1")));
            JsonNode lone = null;
            for (JsonNode r : client.items("/api/v1/referrals", "officer")) {
                if (r.get("ageAtDeparture").asInt() == 7) {
                    lone = r;
                }
            }
            assertThat(lone.get("flightId").asText()).startsWith("ZZ101-IST-");
            assertThat(lone.get("indicators").findValuesAsString("code")).contains("M1", "M2", "M3");
            assertThat(Files.exists(empty.resolve("data/db/safepassage.mv.db"))).as("data under ./data").isTrue();

            String metrics = client.send("GET", "/actuator/prometheus", "metrics", null).body();
            assertThat(metrics).contains("camel_exchanges_total{").contains("routeId=\"paxlst-in\"")
                    .contains("routeId=\"ingest\"").contains("routeId=\"assess\"");

            List<String> warnings = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")).toList();
            assertThat(warnings).as("a normal start and its first messages").isEmpty();

            Path secondLog = empty.resolveSibling(empty.getFileName() + "-second.log");
            Process second = start(empty, secondLog, "--server.port=" + freePort());
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isNotZero();
            String refused = Files.readString(secondLog, StandardCharsets.UTF_8);
            assertThat(refused).contains("Refusing to start: the data directory " + empty.resolve("data"))
                    .contains("pid " + service.pid());
            assertThat(refused).doesNotContain("\tat ").doesNotContain("Exception");
        } finally {
            service.destroy();
            if (!service.waitFor(60, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }
}
