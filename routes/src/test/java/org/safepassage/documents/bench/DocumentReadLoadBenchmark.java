package org.safepassage.documents.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.jms.BytesMessage;

import org.safepassage.SafePassageApplication;
import org.safepassage.ingest.simulator.FeedGenerator;
import org.safepassage.ingest.simulator.GeneratedFlight;
import org.safepassage.ingest.simulator.GeneratedTraveller;
import org.safepassage.ingest.simulator.SpecimenDocuments;
import org.safepassage.testing.ServiceClient;
import org.safepassage.testing.TestDataDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

/**
 * Document reads end to end on the embedded default: what an eGate waits for, and how soon the referral follows.
 * The service (embedded broker and H2, the demo's specimen CSCAs as trust anchors) first takes the passenger lists of
 * 20 generated flights (about 5,000 travellers); then reads of their passports (RSA-2048 Document Signers, DG1, DG2
 * with a face image of about 5 KB; three in four with a flight hint, one in twenty a child's passport with DG1
 * tampered with) are POSTed to {@code /api/v1/document-reads} at a fixed rate (default 200 per second) for 30 s by
 * 16 senders, open loop: each read's latency is counted from the moment it was due, so a slow answer delays the
 * figure of every read behind it (no coordinated omission). Reported: the answers' p50, p99 and max (read in ->
 * verified, joined, stored, answered: what the eGate waits for), the rate achieved, and for the tampered children's
 * reads the time from the read's arrival to the D1 indicator on their referral (database timestamps: flight
 * re-assessed, referral updated).
 *
 * <pre>
 * ./mvnw -q -DskipTests install
 * ./mvnw -q -pl routes exec:exec -Pbench -Dbench.main=org.safepassage.documents.bench.DocumentReadLoadBenchmark -Dbench=200
 * </pre>
 * ({@code -Dbench=} reads per second; {@code -Dbench.jvm="-Xmx2g -Dbench.seconds=60"} for a longer run.)
 */
public final class DocumentReadLoadBenchmark {

    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final int SENDERS = Integer.getInteger("bench.senders", 16);
    private static final int FLIGHTS = 20;

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 200;
        int total = rate * SECONDS;
        int warmUp = Math.min(2_000, total / 3);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SafePassageApplication.class).run(
                "--safepassage.data-dir=" + TestDataDirectory.newDirectory(), "--server.port=0",
                "--logging.level.org.safepassage=warn", "--logging.level.org.apache.camel=warn",
                "--safepassage.trust.include-demo-anchors=true")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            JmsTemplate jms = app.getBean(JmsTemplate.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

            FeedGenerator generator = new FeedGenerator(42);
            List<GeneratedFlight> flights = new ArrayList<>();
            for (int i = 0; i < FLIGHTS; i++) {
                GeneratedFlight f = generator.nextFlight(250);
                flights.add(f);
                jms.send("safepassage.api.in", session -> {
                    BytesMessage m = session.createBytesMessage();
                    m.writeBytes(f.paxlstBytes());
                    return m;
                });
            }
            while (jdbc.queryForObject("SELECT COUNT(*) FROM flight WHERE assessed_version = data_version", Integer.class) < FLIGHTS) {
                Thread.sleep(200);
            }
            List<GeneratedTraveller[]> people = new ArrayList<>();
            for (GeneratedFlight f : flights) {
                for (GeneratedTraveller t : f.passengers()) {
                    people.add(new GeneratedTraveller[] {t});
                }
            }
            System.out.printf("%d flights with %d passengers on file; making %d passport reads%n", FLIGHTS, people.size(),
                    warmUp + total);
            SpecimenDocuments passports = SpecimenDocuments.demo();
            List<byte[]> events = new ArrayList<>(warmUp + total);
            List<Boolean> tamperedChild = new ArrayList<>(warmUp + total);
            int p = 0;
            for (int i = 0; i < warmUp + total; i++) {
                int flightIndex = p % FLIGHTS;
                GeneratedFlight f = flights.get(flightIndex);
                GeneratedTraveller t = f.passengers().get((p / FLIGHTS) % f.passengers().size());
                p++;
                boolean tamper = i % 20 == 0 && t.minor();
                String[] hint = i % 4 == 3 ? null
                        : new String[] {f.key().carrier(), f.key().number(), f.key().departureDate().toString()};
                Instant readAt = f.departure().plusHours(3).toInstant(ZoneOffset.UTC).plusSeconds(i % 3600);
                events.add(passports.readEvent(t, tamper ? SpecimenDocuments.Fault.TAMPERED_DG1 : SpecimenDocuments.Fault.NONE,
                        readAt, "BENCH-EGATE-" + (i % 12), hint));
                tamperedChild.add(tamper);
            }
            URI uri = URI.create("http://localhost:" + port + "/api/v1/document-reads");
            String authorization = ServiceClient.basic("ingest", "ingest");
            List<HttpClient> clients = new ArrayList<>();
            for (int i = 0; i < SENDERS; i++) {
                clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
            }
            run("warm-up", events.subList(0, warmUp), rate, clients, uri, authorization);
            Instant measuredFrom = Instant.now();
            run("measured", events.subList(warmUp, warmUp + total), rate, clients, uri, authorization);

            // the tampered children's reads: arrival -> D1 on their referral
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            int tampered = (int) tamperedChild.subList(warmUp, warmUp + total).stream().filter(b -> b).count();
            List<Double> endToEnd = List.of();
            while (System.nanoTime() < deadline) {
                endToEnd = jdbc.query("""
                        SELECT d.received_at, i.raised_at FROM document_read d
                        JOIN referral r ON r.traveller_id = d.traveller_id
                        JOIN referral_indicator i ON i.referral_id = r.referral_id AND i.code = 'D1'
                        WHERE d.verdict = 'INVALID' AND d.received_at >= ?""",
                        (rs, n) -> (rs.getObject(2, java.time.OffsetDateTime.class).toInstant().toEpochMilli()
                                - rs.getObject(1, java.time.OffsetDateTime.class).toInstant().toEpochMilli()) * 1.0,
                        measuredFrom.atOffset(ZoneOffset.UTC));
                if (endToEnd.size() >= tampered) {
                    break;
                }
                Thread.sleep(500);
            }
            double[] e2e = endToEnd.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            if (e2e.length > 0) {
                System.out.printf("tampered child's read arrived -> D1 on the referral: n=%d of %d p50=%.0f ms p99=%.0f ms max=%.0f ms%n",
                        e2e.length, tampered, percentile(e2e, 50), percentile(e2e, 99), e2e[e2e.length - 1]);
            }
            Integer stale = jdbc.queryForObject("SELECT COUNT(*) FROM flight WHERE assessed_version < data_version", Integer.class);
            System.out.printf("flights still waiting for their assessment at the end: %d%n", stale);
        }
    }

    private static void run(String label, List<byte[]> events, int rate, List<HttpClient> clients, URI uri,
                            String authorization) throws Exception {
        int n = events.size();
        double[] latency = new double[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(clients.size());
        long start = System.nanoTime() + 50_000_000L;
        long intervalNanos = 1_000_000_000L / rate;
        try {
            List<Future<?>> running = new ArrayList<>();
            for (HttpClient client : clients) {
                running.add(senders.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        long due = start + i * intervalNanos;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(events.get(i)))
                                .header("Content-Type", "application/json").header("Authorization", authorization)
                                .build(), HttpResponse.BodyHandlers.discarding());
                        latency[i] = (System.nanoTime() - due) / 1e6;
                        if (response.statusCode() != 200) {
                            failed.incrementAndGet();
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
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] sorted = latency.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %d reads offered at %d/s, answered in %.1f s (%.0f reads/s); answer latency p50=%.1f ms "
                        + "p99=%.1f ms max=%.1f ms; %d not answered 200%n", label, n, rate, seconds, n / seconds,
                percentile(sorted, 50), percentile(sorted, 99), sorted[n - 1], failed.get());
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
