package org.safepassage.ingest.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.jms.BytesMessage;

import org.apache.camel.CamelContext;
import org.safepassage.SafePassageApplication;
import org.safepassage.testing.ServiceClient;
import org.safepassage.testing.TestDataDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

/**
 * End-to-end ingest load harness: queue to committed database rows, on the embedded default (Artemis journal,
 * H2 file database, real routes). Fills the PAXLST queue with N distinct 300-traveller lists (the reference
 * message with its flight number and interchange reference changed) while the consumer route is stopped, then
 * starts it and times until every message is committed.
 *
 * <pre>
 * ./mvnw -q -DskipTests install
 * ./mvnw -q -pl routes exec:exec -Pbench -Dbench.main=org.safepassage.ingest.bench.IngestLoadBenchmark -Dbench=200
 * </pre>
 * With {@code -Dbench.jvm=-Dbench.samePeople=true} every list carries the same 300 people (a worst case for the
 * cross-flight rule M5, which then runs in the background assessment).
 */
public final class IngestLoadBenchmark {

    private static final boolean SAME_PEOPLE = Boolean.getBoolean("bench.samePeople");

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 200;
        String template = new String(ServiceClient.resource("/edifact/paxlst/synthetic_300pax_d05b.edi"),
                StandardCharsets.ISO_8859_1);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SafePassageApplication.class)
                .run("--safepassage.data-dir=" + TestDataDirectory.newDirectory(), "--server.port=0",
                        "--logging.level.org.safepassage=warn", "--logging.level.org.apache.camel=warn",
                        "--safepassage.protection.sweep-period=600000")) {
            JmsTemplate jms = app.getBean(JmsTemplate.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            CamelContext camel = app.getBean(CamelContext.class);
            run("warm-up", Math.max(20, messages / 5), 0, template, jms, jdbc, camel);
            run("measured", messages, 100_000, template, jms, jdbc, camel);
        }
    }

    private static void run(String label, int count, int offset, String template, JmsTemplate jms, JdbcTemplate jdbc,
                            CamelContext camel) throws Exception {
        camel.getRouteController().stopRoute("paxlst-in");
        List<byte[]> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = offset + i;
            // each list carries other people (as real traffic does), unless asked to repeat the same 300 on every
            // flight: then rule M5 finds every adult on every other flight of the month
            // (in letters: names are matched without digits, so T1SURNAME and T2SURNAME would be one person)
            String people = SAME_PEOPLE ? "TEST" : "T" + letters(n);
            bodies.add(template.replace("UA123", "UA" + (1000 + n % 8000))
                    .replace("070429:0900+000000001", "070429:0900+" + String.format("%09d", n))
                    .replace("NAD+FL+++TESTSURNAME", "NAD+FL+++" + people + "SURNAME")
                    .replace("DTM+189:0704291230", "DTM+189:07" + String.format("%02d", 1 + n / 8000 % 12) + "291230")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
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
    }

    /** {@code n} in base 26 written with the letters A to Z. */
    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        do {
            b.append((char) ('A' + n % 26));
            n /= 26;
        } while (n > 0);
        return b.reverse().toString();
    }
}
