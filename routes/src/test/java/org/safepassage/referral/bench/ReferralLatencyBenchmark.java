package org.safepassage.referral.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.safepassage.SafePassageApplication;
import org.safepassage.testing.TestDataDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

/**
 * Referral latency harness on the embedded default: one manifest at a time (a 120-traveller flight with one
 * 7-year-old alone among families and adults) onto the PAXLST queue; measures (a) queue send to the referral
 * event arriving on the officers' topic, and (b) manifest accepted (message log) to referral raised (referral
 * row). Prints p50, p99 and max.
 *
 * <pre>
 * ./mvnw -q -DskipTests install
 * ./mvnw -q -pl routes exec:exec -Pbench -Dbench.main=org.safepassage.referral.bench.ReferralLatencyBenchmark -Dbench=300
 * </pre>
 */
public final class ReferralLatencyBenchmark {

    public static void main(String[] args) throws Exception {
        int flights = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 300;
        ObjectMapper json = new ObjectMapper();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SafePassageApplication.class)
                .run("--safepassage.data-dir=" + TestDataDirectory.newDirectory(), "--server.port=0",
                        "--logging.level.org.safepassage=" + System.getProperty("bench.log", "warn"), "--logging.level.org.apache.camel=warn")) {
            JmsTemplate jms = app.getBean(JmsTemplate.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Map<String, Long> arrived = new ConcurrentHashMap<>();
            Connection connection = app.getBean(ConnectionFactory.class).createConnection();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createConsumer(session.createTopic("safepassage.referrals")).setMessageListener(m -> {
                try {
                    JsonNode event = json.readTree(((TextMessage) m).getText());
                    arrived.putIfAbsent(event.at("/referral/flightId").asText(), System.nanoTime());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            connection.start();
            List<Double> endToEnd = new ArrayList<>();
            int warmup = Math.min(50, flights / 5);
            for (int i = 0; i < warmup + flights; i++) {
                String number = String.valueOf(1000 + i);
                String flightId = "LT" + number + "-LHR-2026-12-30";
                byte[] body = manifest(number, i);
                long sent = System.nanoTime();
                jms.send("safepassage.api.in", s -> {
                    BytesMessage m = s.createBytesMessage();
                    m.writeBytes(body);
                    return m;
                });
                long deadline = sent + TimeUnit.SECONDS.toNanos(30);
                while (!arrived.containsKey(flightId) && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                if (!arrived.containsKey(flightId)) {
                    throw new IllegalStateException("no referral for " + flightId + " within 30 s");
                }
                if (i >= warmup) {
                    endToEnd.add((arrived.get(flightId) - sent) / 1e6);
                }
            }
            connection.close();
            List<Double> acceptedToRaised = jdbc.query("""
                    SELECT m.processed_at, r.raised_at FROM referral r JOIN flight f ON f.flight_id = r.flight_id
                    JOIN inbound_message m ON m.interchange_ref = f.number""",
                    (rs, n) -> Duration.between(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class))
                            .toNanos() / 1e6);
            report("queue send -> referral on the officers' topic", endToEnd);
            report("manifest accepted -> referral raised (database timestamps)",
                    acceptedToRaised.subList(Math.min(warmup, acceptedToRaised.size()), acceptedToRaised.size()));
        }
    }

    private static void report(String label, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%s: n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms%n", label, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /**
     * 120 generated travellers: 39 families of three (two adults, one child) and one 7-year-old alone. Each flight
     * carries different families (surnames and bookings), as real traffic does: a person seen on many flights
     * within the rules' 30-day window is checked for rule M5 on each of them.
     */
    static byte[] manifest(String number, int i) {
        StringBuilder body = new StringBuilder("UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+MS+++OPERATIONS'TDT+20+LT")
                .append(number).append("+++LT'LOC+125+LHR'DTM+189:2612301000:201'LOC+87+AMS'DTM+232:2612301230:201'");
        int segments = 8;
        for (int f = 0; f < 39; f++) {
            for (String[] person : new String[][] {{"ADULTA", "700101"}, {"ADULTB", "720202"}, {"CHILD", "150303"}}) {
                body.append("NAD+FL+++FAMILY").append(letters(i, 3)).append(letters(f, 2)).append(":").append(person[0]).append("'ATT+2++F'DTM+329:")
                        .append(person[1]).append("'NAT+2+GBR'RFF+AVF:BK").append(number).append(f).append("'");
                segments += 5;
            }
        }
        body.append("NAD+FL+++ALONE:CHILD'ATT+2++M'DTM+329:190601'NAT+2+GBR'RFF+AVF:LONE").append(number).append("'");
        segments += 5;
        body.append("CNT+42:118'UNT+").append(segments + 2).append("+1'");
        return ("UNA:+.? 'UNB+UNOA:4+LTAIR+BORDER+261230:0800+" + number + "++APIS'" + body + "UNZ+1+" + number + "'")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String letters(int n, int width) {
        char[] out = new char[width];
        for (int k = width - 1; k >= 0; k--, n /= 26) {
            out[k] = (char) ('A' + n % 26);
        }
        return new String(out);
    }
}
