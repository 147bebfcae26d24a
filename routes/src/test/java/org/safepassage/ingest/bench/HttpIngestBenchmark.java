package org.safepassage.ingest.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.apache.camel.CamelContext;
import org.safepassage.SafePassageApplication;
import org.safepassage.testing.TestDataDirectory;
import org.safepassage.testing.TestPki;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

/**
 * HTTP ingest against the queue, on the embedded default: the same service (TLS with client certificates and
 * bearer tokens, as a production profile runs it) takes 300-traveller lists in two ways, in alternating rounds:
 * <ul>
 * <li>queue: N lists put on the PAXLST queue while its consumer is stopped, then the consumer started and timed
 * until every list is committed (the queue's end-to-end figure, as {@link IngestLoadBenchmark} measures it);</li>
 * <li>HTTPS: 8 parallel senders (each with its own connection) POST the N lists to {@code /api/v1/messages},
 * authenticated by client certificate ({@code -Dbench.auth=certificate}, the default) or bearer token
 * ({@code token}), timed from the first request until every list is committed.</li>
 * </ul>
 * <pre>
 * ./mvnw -q -DskipTests install
 * ./mvnw -q -pl routes exec:exec -Pbench -Dbench.main=org.safepassage.ingest.bench.HttpIngestBenchmark -Dbench=1000
 * </pre>
 */
public final class HttpIngestBenchmark {

    private static final int SENDERS = Integer.getInteger("bench.senders", 8);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final String AUTH = System.getProperty("bench.auth", "certificate");
    private static final String ISSUER = "https://idp.bench.example";

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 300;
        Path dir = TestDataDirectory.newDirectory();
        TestPki pki = new TestPki(dir.resolve("pki"), "Bench CA");
        Path trust = pki.trustStore("trust.p12");
        Path server = pki.keyStore("server.p12", "CN=localhost", true);
        Path senderKeys = pki.keyStore("sender.p12", "CN=bench-sender", false);
        KeyPair issuer = TestPki.tokenKeys(dir.resolve("pki/issuer.pem"));
        String password = new String(TestPki.PASSWORD);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SafePassageApplication.class).run(
                "--safepassage.data-dir=" + dir, "--server.port=0",
                "--logging.level.org.safepassage=warn", "--logging.level.org.apache.camel=warn",
                "--safepassage.protection.sweep-period=600000",
                "--server.ssl.enabled=true", "--server.ssl.key-store=file:" + server,
                "--server.ssl.key-store-password=" + password, "--server.ssl.key-store-type=PKCS12",
                "--server.ssl.client-auth=want", "--server.ssl.trust-store=file:" + trust,
                "--server.ssl.trust-store-password=" + password, "--server.ssl.trust-store-type=PKCS12",
                "--safepassage.security.tokens.issuer=" + ISSUER,
                "--safepassage.security.tokens.public-key-location=file:" + dir.resolve("pki/issuer.pem"),
                "--safepassage.security.users[0].name=bench-sender",
                "--safepassage.security.users[0].roles=INGEST")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            JmsTemplate jms = app.getBean(JmsTemplate.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            CamelContext camel = app.getBean(CamelContext.class);
            String authorization = "token".equals(AUTH) ? "Bearer " + token(issuer) : null;
            List<HttpClient> clients = new ArrayList<>();
            for (int i = 0; i < SENDERS; i++) {
                clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .sslContext(pki.clientContext("token".equals(AUTH) ? null : senderKeys, trust)).build());
            }
            URI uri = URI.create("https://localhost:" + port + "/api/v1/messages");
            System.out.printf("HTTPS with %s authentication, %d senders, %d lists of %d travellers per round%n",
                    AUTH, SENDERS, messages, BenchLists.TRAVELLERS);
            IngestLoadBenchmark.run("warm-up (queue)", Math.max(200, messages / 2), 0, jms, jdbc, camel);
            https("warm-up (https)", Math.max(200, messages / 2), 1_000, clients, uri, authorization, jdbc);
            List<Double> queue = new ArrayList<>();
            List<Double> http = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                queue.add(IngestLoadBenchmark.run("round " + round + " queue", messages, round * 4_000, jms, jdbc, camel));
                http.add(https("round " + round + " https", messages, round * 4_000 + 2_000, clients, uri, authorization, jdbc));
            }
            double q = median(queue);
            double h = median(http);
            System.out.printf("median of %d rounds: queue %.0f travellers/s, HTTPS (%s, %d senders) %.0f travellers/s = %.0f%% of the queue%n",
                    ROUNDS, q, AUTH, SENDERS, h, 100 * h / q);
        }
    }

    private static double https(String label, int count, int offset, List<HttpClient> clients, URI uri,
                                String authorization, JdbcTemplate jdbc) throws Exception {
        List<byte[]> bodies = BenchLists.lists(offset, count, false);
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM inbound_message WHERE status <> 'RECEIVED'", Integer.class);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(clients.size());
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (HttpClient client : clients) {
                running.add(senders.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i)))
                                .header("Content-Type", "text/plain");
                        if (authorization != null) {
                            request.header("Authorization", authorization);
                        }
                        HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 202) {
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            senders.shutdown();
        }
        double sent = (System.nanoTime() - start) / 1e9;
        if (refused.get() > 0) {
            throw new IllegalStateException(refused.get() + " lists were not accepted (not 202)");
        }
        while (jdbc.queryForObject("SELECT COUNT(*) FROM inbound_message WHERE status <> 'RECEIVED'", Integer.class)
                < before + count) {
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d messages (%d travellers) HTTPS -> committed rows in %.2f s (all accepted after %.2f s): %.0f messages/s, %.0f travellers/s%n",
                label, count, count * BenchLists.TRAVELLERS, seconds, sent, count / seconds,
                count * BenchLists.TRAVELLERS / seconds);
        return count * BenchLists.TRAVELLERS / seconds;
    }

    private static String token(KeyPair issuer) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("bench-gateway")
                .claim("roles", List.of("INGEST")).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3_600))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) issuer.getPrivate()));
        return jwt.serialize();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
