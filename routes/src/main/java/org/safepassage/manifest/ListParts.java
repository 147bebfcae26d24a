package org.safepassage.manifest;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.safepassage.manifest.model.PassengerMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Lists split over several messages ({@code UNH} sequence {@code 01:C}, {@code 02:C}, {@code 03:F}): the parts
 * received so far ({@code list_part}), kept until the list is complete, so that a change list removes travellers only
 * once every part is in.
 */
@Repository
class ListParts {

    /** The width of {@code list_part.group_key}. */
    private static final int MAX_GROUP_KEY = 400;

    private final JdbcTemplate jdbc;

    ListParts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The parts of a list received so far, and the travellers they named. */
    record Progress(boolean split, Set<Integer> parts, Integer finalPart, Set<String> travellerIds) {
        boolean complete() {
            if (!split) {
                return true;
            }
            if (finalPart == null) {
                return false;
            }
            for (int i = 1; i <= finalPart; i++) {
                if (!parts.contains(i)) {
                    return false;
                }
            }
            return true;
        }

        String describe() {
            if (!split) {
                return null;
            }
            return complete() ? "split list complete: parts " + parts
                    : "split list part received; parts so far " + parts
                    + (finalPart == null ? ", final part not yet received" : " of " + finalPart);
        }
    }

    /** Records a part (a list not split is complete at once); runs in the caller's transaction. */
    Progress record(String flightId, PassengerMessage message, String messageId, List<String> ids,
                                        OffsetDateTime now) {
        var sequence = message.sequence();
        if (sequence == null || !sequence.isSplit()) {
            return new Progress(false, Set.of(1), 1, new LinkedHashSet<>(ids));
        }
        String group = String.join("|", String.valueOf(message.envelope().sender() == null ? null : message.envelope().sender().id()),
                flightId, message.listType().name(), String.valueOf(message.commonAccessReference()),
                String.valueOf(message.change()));
        if (group.length() > MAX_GROUP_KEY) {
            // long references from the sender: the digest of the key identifies the group as well
            group = "sha256:" + java.util.HexFormat.of().formatHex(sha256(group));
        }
        jdbc.update("DELETE FROM list_part WHERE group_key = ? AND part_number = ?", group, sequence.number());
        jdbc.update("""
                INSERT INTO list_part (group_key, part_number, final_part, message_id, traveller_ids, received_at)
                VALUES (?, ?, ?, ?, ?, ?)""", group, sequence.number(), sequence.finalPart(), messageId,
                String.join(",", ids), now);
        Set<Integer> parts = new java.util.TreeSet<>();
        Integer[] finalPart = {null};
        Set<String> all = new LinkedHashSet<>();
        jdbc.query("SELECT part_number, final_part, traveller_ids FROM list_part WHERE group_key = ? ORDER BY part_number",
                rs -> {
                    parts.add(rs.getInt(1));
                    if (rs.getBoolean(2)) {
                        finalPart[0] = rs.getInt(1);
                    }
                    String list = rs.getString(3);
                    if (!list.isEmpty()) {
                        all.addAll(List.of(list.split(",")));
                    }
                }, group);
        Progress progress = new Progress(true, parts, finalPart[0], all);
        if (progress.complete()) {
            jdbc.update("DELETE FROM list_part WHERE group_key = ?", group);
        }
        return progress;
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
