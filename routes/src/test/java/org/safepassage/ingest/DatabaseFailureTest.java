package org.safepassage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import jakarta.jms.Message;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safepassage.testing.LogCapture;
import org.safepassage.testing.IngestQueue;
import org.safepassage.testing.Paxlst;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

/**
 * Real database failures during ingest, through the real broker and routes: a value the database refuses is the
 * data's fault (rejected at once with the reason, on the dead-letter queue, never retried); a lock held elsewhere
 * may pass (rolled back and redelivered, then stored); one that never passes ends in a rejection after the
 * configured number of attempts. No message stays RECEIVED, and no log line carries the travellers' data.
 */
@SpringBootTest(properties = {
        "safepassage.broker.redelivery-delay-ms=100",
        "safepassage.broker.max-delivery-attempts=3",
        "spring.datasource.url=jdbc:h2:file:${safepassage.data-dir}/db/safepassage;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=300"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseFailureTest {

    /** The generated travellers of this class: none of these may reach a log line. */
    private static final List<String> PERSONAL_DATA = List.of("CHECKLONGGIVENNAMEBEYONDTHIRTYCHARS", "REFUSEDSURNAME",
            "LOCKEDSURNAME", "STUCKSURNAME", "DOCNUM7781", "DOCNUM7782", "DOCNUM7783", "1987-03-04", "870304");

    @Autowired
    JmsTemplate jms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Value("${safepassage.data-dir}")
    Path dataDir;

    private LogCapture logs;

    @BeforeAll
    void captureLogs() {
        logs = LogCapture.capture();
    }

    @AfterAll
    void noPersonalDataInAnyLog() {
        logs.close();
        assertThat(logs.findAny(PERSONAL_DATA, dataDir.resolve("logs/safepassage.log"))).isEmpty();
    }

    private void send(String messageId, byte[] body) {
        IngestQueue.send(jms, messageId, body);
    }

    private String status(String messageId) {
        return IngestQueue.status(jdbc, messageId);
    }

    private String reason(String messageId) {
        return jdbc.queryForObject("SELECT reason FROM inbound_message WHERE message_id = ?", String.class, messageId);
    }

    private Message deadLetter(String messageId) {
        jms.setReceiveTimeout(5_000);
        return jms.receiveSelected("safepassage.dlq", IngestRoutes.MESSAGE_ID + " = '" + messageId + "'");
    }

    private long redeliveryLines(String messageId) {
        return logs.lines().stream().filter(l -> l.contains(messageId) && l.contains("rolled back for redelivery")).count();
    }

    @Test
    void aValueTheDatabaseRefusesRejectsTheMessageAtOnceWithTheReason() throws Exception {
        // a constraint the ingest check knows nothing of: the database itself refuses the row
        jdbc.execute("ALTER TABLE traveller ADD CONSTRAINT test_short_given_names CHECK (LENGTH(given_names) < 30)");
        try {
            send("db-refuses", Paxlst.flight("ZZ901", "LHR", "261230")
                    .traveller("REFUSEDSURNAME", "CHECKLONGGIVENNAMEBEYONDTHIRTYCHARS", "870304", "GBR", "REF901", "DOCNUM7781")
                    .build());
            await().atMost(Duration.ofSeconds(20)).until(() -> status("db-refuses").equals("REJECTED"));
            assertThat(reason("db-refuses")).contains("processing failed").contains("SQLState 23513")
                    .contains("nothing of the message was stored");
            Message parked = deadLetter("db-refuses");
            assertThat(parked).isNotNull();
            assertThat(parked.getStringProperty(IngestRoutes.REJECT_REASON)).contains("SQLState 23513");
            assertThat(redeliveryLines("db-refuses")).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flight WHERE flight_id = 'ZZ901-LHR-2026-12-30'",
                    Integer.class)).isZero();
        } finally {
            jdbc.execute("ALTER TABLE traveller DROP CONSTRAINT test_short_given_names");
        }
    }

    @Test
    void aLockHeldElsewhereIsRetriedAndTheMessageStoredOnceItIsReleased() throws Exception {
        send("lock-setup", Paxlst.flight("ZZ902", "LHR", "261230")
                .traveller("LOCKEDSURNAME", "ONE", "870304", "GBR", "REF902", "DOCNUM7782").build());
        await().atMost(Duration.ofSeconds(20)).until(() -> status("lock-setup").startsWith("ACCEPTED"));
        try (Connection holder = dataSource.getConnection(); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.executeQuery("SELECT * FROM flight WHERE flight_id = 'ZZ902-LHR-2026-12-30' FOR UPDATE").close();
            send("lock-wait", Paxlst.flight("ZZ902", "LHR", "261230").references("ZZAIR", "IC000902", "2")
                    .traveller("LOCKEDSURNAME", "TWO", "870304", "GBR", "REF902", "DOCNUM7783").build());
            await().atMost(Duration.ofSeconds(20)).until(() -> redeliveryLines("lock-wait") >= 1);
            assertThat(status("lock-wait")).isIn("NONE", "RECEIVED");
            holder.rollback();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> status("lock-wait").startsWith("ACCEPTED"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM traveller WHERE flight_id = 'ZZ902-LHR-2026-12-30'",
                Integer.class)).isEqualTo(2);
        jms.setReceiveTimeout(300);
        assertThat(jms.receiveSelected("safepassage.dlq", IngestRoutes.MESSAGE_ID + " = 'lock-wait'")).isNull();
    }

    @Test
    void aFailureThatNeverPassesEndsInARejectionAfterTheLastAttempt() throws Exception {
        send("stuck-setup", Paxlst.flight("ZZ903", "LHR", "261230")
                .traveller("STUCKSURNAME", "ONE", "870304", "GBR", "REF903", "DOCNUM7782").build());
        await().atMost(Duration.ofSeconds(20)).until(() -> status("stuck-setup").startsWith("ACCEPTED"));
        try (Connection holder = dataSource.getConnection(); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.executeQuery("SELECT * FROM flight WHERE flight_id = 'ZZ903-LHR-2026-12-30' FOR UPDATE").close();
            send("stuck", Paxlst.flight("ZZ903", "LHR", "261230").references("ZZAIR", "IC000903", "2")
                    .traveller("STUCKSURNAME", "TWO", "870304", "GBR", "REF903", "DOCNUM7783").build());
            await().atMost(Duration.ofSeconds(30)).until(() -> status("stuck").equals("REJECTED"));
            holder.rollback();
        }
        assertThat(reason("stuck")).startsWith("gave up after 3 delivery attempts").contains("SQLState HYT00");
        assertThat(redeliveryLines("stuck")).isEqualTo(2);
        Message parked = deadLetter("stuck");
        assertThat(parked).isNotNull();
        assertThat(parked.getStringProperty(IngestRoutes.REJECT_REASON)).startsWith("gave up after 3");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM traveller WHERE flight_id = 'ZZ903-LHR-2026-12-30'",
                Integer.class)).isEqualTo(1);
    }
}
