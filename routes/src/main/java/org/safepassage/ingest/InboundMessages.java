package org.safepassage.ingest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The message log: every message received, its status, reason and warnings. Ids, references and digests only. */
@Repository
public class InboundMessages {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public InboundMessages(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records receipt; a second call for the same id (a redelivery) changes nothing. */
    public void received(Receipt receipt) {
        jdbc.update("""
                INSERT INTO inbound_message (message_id, received_at, channel, source, content_digest, size_bytes, status)
                VALUES (?, ?, ?, ?, ?, ?, 'RECEIVED') ON CONFLICT DO NOTHING""",
                receipt.messageId(), OffsetDateTime.now(clock), receipt.channel().name(), truncate(receipt.source(), 255),
                receipt.contentDigest(), receipt.sizeBytes());
    }

    /** The outcome of processing, with the warnings recorded on the message. */
    public void processed(String messageId, MessageStatus status, String kind, String sender, String interchangeRef,
                          String messageRef, String reason, List<String> warnings) {
        jdbc.update("""
                UPDATE inbound_message SET status = ?, kind = ?, sender = ?, interchange_ref = ?, message_ref = ?,
                    reason = ?, processed_at = ? WHERE message_id = ?""",
                status.name(), kind, truncate(sender, 64), truncate(interchangeRef, 64), truncate(messageRef, 64),
                truncate(reason, 2000), OffsetDateTime.now(clock), messageId);
        jdbc.update("DELETE FROM message_warning WHERE message_id = ?", messageId);
        int position = 0;
        List<Object[]> rows = new java.util.ArrayList<>();
        for (String warning : warnings) {
            rows.add(new Object[] {messageId, position++, truncate(warning, 1000)});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO message_warning (message_id, position, warning) VALUES (?, ?, ?)", rows);
        }
    }

    public Optional<MessageStatusView> find(String messageId) {
        List<MessageStatusView> found = jdbc.query("""
                SELECT message_id, received_at, channel, content_digest, size_bytes, kind, sender, interchange_ref,
                    message_ref, status, reason, processed_at FROM inbound_message WHERE message_id = ?""",
                (rs, n) -> new MessageStatusView(rs.getString(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), MessageStatus.valueOf(rs.getString(10)), rs.getString(11),
                        rs.getObject(12, OffsetDateTime.class), List.of()), messageId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<String> warnings = jdbc.queryForList(
                "SELECT warning FROM message_warning WHERE message_id = ? ORDER BY position", String.class, messageId);
        return Optional.of(found.get(0).withWarnings(warnings));
    }

    /** Messages still {@code RECEIVED} that arrived before {@code before}, oldest first. */
    public List<String> receivedBefore(OffsetDateTime before, int limit) {
        return jdbc.queryForList("SELECT message_id FROM inbound_message WHERE status = 'RECEIVED' AND received_at < ?"
                + " ORDER BY received_at FETCH FIRST " + limit + " ROWS ONLY", String.class, before);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** A received message, before processing. */
    public record Receipt(String messageId, Channel channel, String source, String contentDigest, long sizeBytes) {
    }

    /** How a message reached SafePassage. */
    public enum Channel { HTTP, QUEUE, DIRECTORY }
}
