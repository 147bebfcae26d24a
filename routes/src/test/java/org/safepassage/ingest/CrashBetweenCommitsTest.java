package org.safepassage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;


import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.Test;
import org.safepassage.testing.IngestQueue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

/**
 * A failure at the worst moments of a delivery, through the real broker and database: before the database commit
 * (nothing written, the broker redelivers, the message is then stored once) and after the database commit but
 * before the broker's acknowledgement (the broker redelivers, and the redelivery changes nothing).
 */
@SpringBootTest(properties = {"safepassage.broker.redelivery-delay-ms=100"})
class CrashBetweenCommitsTest {

    @Autowired
    CamelContext camel;

    @Autowired
    JmsTemplate jms;

    @Autowired
    JdbcTemplate jdbc;

    private static final Set<String> FAIL_BEFORE_COMMIT = ConcurrentHashMap.newKeySet();
    private static final Set<String> FAIL_AFTER_COMMIT = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger deliveries = new AtomicInteger();

    private static void failOnce(Exchange exchange, Set<String> ids, String where) {
        deliveries.incrementAndGet();
        if (ids.remove(exchange.getMessage().getHeader(IngestRoutes.MESSAGE_ID, String.class))) {
            // as a lost connection would: a failure that may pass, so the broker redelivers
            throw new org.springframework.dao.TransientDataAccessResourceException("simulated crash " + where);
        }
    }

    private void advise() throws Exception {
        if (camel.getRoute("ingest").getProperties().containsKey("crash-test")) {
            return;
        }
        AdviceWith.adviceWith(camel, "ingest", route -> {
            route.weaveAddFirst().process(e -> failOnce(e, FAIL_BEFORE_COMMIT, "before the database commit"));
            route.weaveAddLast().process(e -> failOnce(e, FAIL_AFTER_COMMIT, "after the database commit"));
        });
        camel.getRoute("ingest").getProperties().put("crash-test", true);
    }

    private void send(String messageId, byte[] body) {
        IngestQueue.send(jms, messageId, body);
    }

    private String status(String messageId) {
        return IngestQueue.status(jdbc, messageId);
    }

    private int travellers(String flightId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM traveller WHERE flight_id = ?", Integer.class, flightId);
    }

    @Test
    void failureBeforeTheDatabaseCommitIsRedeliveredAndStoredOnce() throws Exception {
        advise();
        FAIL_BEFORE_COMMIT.add("crash-before");
        int before = deliveries.get();
        send("crash-before", IngestRouteTest.list("CRASHB", "01:F", false, "ONEA", "TWOB", "THREEC"));
        await().atMost(Duration.ofSeconds(30)).until(() -> status("crash-before").startsWith("ACCEPTED"));
        assertThat(FAIL_BEFORE_COMMIT).isEmpty();
        assertThat(deliveries.get() - before).as("deliveries seen by the route").isGreaterThanOrEqualTo(2);
        assertThat(travellers("XY100-AAA-2026-12-30")).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM applied_message WHERE message_id = 'crash-before'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void failureAfterTheDatabaseCommitIsRedeliveredAndChangesNothing() throws Exception {
        advise();
        byte[] list = new String(IngestRouteTest.list("CRASHA", "01:F", false, "FOURD", "FIVEE"), StandardCharsets.ISO_8859_1)
                .replace("XY100", "XY300").getBytes(StandardCharsets.ISO_8859_1);
        FAIL_AFTER_COMMIT.add("crash-after");
        send("crash-after", list);
        await().atMost(Duration.ofSeconds(30)).until(() -> FAIL_AFTER_COMMIT.isEmpty());
        // the redelivery arrives after the simulated crash; it must find the message processed
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> status("crash-after").startsWith("ACCEPTED"));
        assertThat(travellers("XY300-AAA-2026-12-30")).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM applied_message WHERE message_id = 'crash-after'",
                Integer.class)).isEqualTo(1);
        // nothing went to the dead-letter queue for it
        jms.setReceiveTimeout(500);
        assertThat(jms.receiveSelected("safepassage.dlq", IngestRoutes.MESSAGE_ID + " = 'crash-after'")).isNull();
    }
}
