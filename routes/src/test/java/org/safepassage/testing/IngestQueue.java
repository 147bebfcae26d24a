package org.safepassage.testing;

import jakarta.jms.BytesMessage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

/** Puts messages on the PAXLST queue as a border system does, under a message id the test chooses. */
public final class IngestQueue {

    /** The header the HTTP door sets and the routes keep across redeliveries. */
    public static final String MESSAGE_ID = "SafePassageMessageId";

    private IngestQueue() {
    }

    public static void send(JmsTemplate jms, String messageId, byte[] body) {
        jms.send("safepassage.api.in", session -> {
            BytesMessage m = session.createBytesMessage();
            m.writeBytes(body);
            m.setStringProperty(MESSAGE_ID, messageId);
            return m;
        });
    }

    /** The message's status in the message log, or {@code NONE} when it has none. */
    public static String status(JdbcTemplate jdbc, String messageId) {
        return jdbc.queryForList("SELECT status FROM inbound_message WHERE message_id = ?", String.class, messageId)
                .stream().findFirst().orElse("NONE");
    }
}
