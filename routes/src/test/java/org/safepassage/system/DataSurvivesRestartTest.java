package org.safepassage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.jms.TextMessage;

import org.junit.jupiter.api.Test;
import org.safepassage.SafePassageApplication;
import org.safepassage.testing.TestDataDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

/** The embedded default keeps the broker journal and the database under the data directory, across restarts. */
class DataSurvivesRestartTest {

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(SafePassageApplication.class)
                .run("--safepassage.data-dir=" + dataDir, "--server.port=0");
    }

    @Test
    void queuedMessagesAndDatabaseRowsSurviveARestart() throws Exception {
        Path dataDir = TestDataDirectory.newDirectory();
        try (ConfigurableApplicationContext first = start(dataDir)) {
            first.getBean(JmsTemplate.class).convertAndSend("safepassage.dlq", "kept across restarts");
            first.getBean(JdbcTemplate.class).update("""
                    INSERT INTO inbound_message (message_id, received_at, channel, source, content_digest, size_bytes, status)
                    VALUES ('m-restart', CURRENT_TIMESTAMP, 'HTTP', 'test', ?, 20, 'RECEIVED')""", "0".repeat(64));
        }
        assertThat(Files.isDirectory(dataDir.resolve("broker"))).isTrue();
        assertThat(Files.isDirectory(dataDir.resolve("db"))).isTrue();

        try (ConfigurableApplicationContext second = start(dataDir)) {
            JmsTemplate jms = second.getBean(JmsTemplate.class);
            jms.setReceiveTimeout(5_000);
            TextMessage kept = (TextMessage) jms.receive("safepassage.dlq");
            assertThat(kept).isNotNull();
            assertThat(kept.getText()).isEqualTo("kept across restarts");
            assertThat(second.getBean(JdbcTemplate.class)
                    .queryForObject("SELECT status FROM inbound_message WHERE message_id = 'm-restart'", String.class))
                    .isEqualTo("RECEIVED");
        }
    }
}
