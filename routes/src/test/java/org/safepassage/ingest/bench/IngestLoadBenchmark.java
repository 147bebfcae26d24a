package org.safepassage.ingest.bench;

import java.util.ArrayList;
import java.util.List;

import jakarta.jms.BytesMessage;

import org.apache.camel.CamelContext;
import org.safepassage.SafePassageApplication;
import org.safepassage.testing.TestDataDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

/**
 * End-to-end ingest load harness: queue to committed database rows, on the embedded default (Artemis journal,
 * H2 file database, real routes). Fills the PAXLST queue with N distinct 300-traveller lists (the reference
 * message with its flight number and interchange reference changed) while the consumer route is stopped, then
 * starts it and times until every message is committed: a warm-up, then three measured rounds
 * ({@code -Dbench.jvm=-Dbench.rounds=N}) and their median.
 *
 * <pre>
 * ./mvnw -q -DskipTests install
 * ./mvnw -q -pl routes exec:exec -Pbench -Dbench.main=org.safepassage.ingest.bench.IngestLoadBenchmark -Dbench=1000
 * </pre>
 * With {@code -Dbench.jvm=-Dbench.samePeople=true} every list carries the same 300 people (a worst case for the
 * cross-flight rule M5, which then runs in the background assessment).
 */
public final class IngestLoadBenchmark {

    private static final boolean SAME_PEOPLE = Boolean.getBoolean("bench.samePeople");
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 200;
        if (messages > 2_000) {
            throw new IllegalArgumentException("at most 2000 messages per round");
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SafePassageApplication.class)
                .run("--safepassage.data-dir=" + TestDataDirectory.newDirectory(), "--server.port=0",
                        "--logging.level.org.safepassage=warn", "--logging.level.org.apache.camel=warn",
                        "--safepassage.protection.sweep-period=600000")) {
            JmsTemplate jms = app.getBean(JmsTemplate.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            CamelContext camel = app.getBean(CamelContext.class);
            // the JIT needs a few hundred messages before the figures settle (measured: 60 warm-up messages left
            // the next 300 at ~10,000 travellers/s; after 200 the next 1,000 ran at 13,000-18,000)
            run("warm-up", Math.min(1_000, Math.max(200, messages / 2)), 0, jms, jdbc, camel);
            List<Double> rates = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                // each round on its own flights (flight numbers repeat every 8,000 messages)
                rates.add(run("round " + round, messages, round * 2_000, jms, jdbc, camel));
            }
            List<Double> sorted = rates.stream().sorted().toList();
            System.out.printf("median of %d rounds: %.0f travellers/s (min %.0f, max %.0f)%n", ROUNDS,
                    sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
        }
    }

    static double run(String label, int count, int offset, JmsTemplate jms, JdbcTemplate jdbc, CamelContext camel)
            throws Exception {
        camel.getRouteController().stopRoute("paxlst-in");
        List<byte[]> bodies = BenchLists.lists(offset, count, SAME_PEOPLE);
        for (byte[] body : bodies) {
            jms.send("safepassage.api.in", session -> {
                BytesMessage m = session.createBytesMessage();
                m.writeBytes(body);
                return m;
            });
        }
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM inbound_message WHERE status <> 'RECEIVED'", Integer.class);
        long start = System.nanoTime();
        camel.getRouteController().startRoute("paxlst-in");
        while (jdbc.queryForObject("SELECT COUNT(*) FROM inbound_message WHERE status <> 'RECEIVED'", Integer.class)
                < before + count) {
            Thread.sleep(50); // each check counts the message log; more often, it would take CPU from the service
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Integer rejected = jdbc.queryForObject("SELECT COUNT(*) FROM inbound_message WHERE status = 'REJECTED'", Integer.class);
        System.out.printf("%s: %d messages (%d travellers) queue -> committed rows in %.2f s: %.0f messages/s, %.0f travellers/s%s%n",
                label, count, count * 300, seconds, count / seconds, count * 300 / seconds,
                rejected > 0 ? " (" + rejected + " rejected!)" : "");
        return count * 300 / seconds;
    }
}
