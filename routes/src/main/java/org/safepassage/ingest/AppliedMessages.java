package org.safepassage.ingest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The copies of messages that have been applied ({@code applied_message}): who submitted each, under which of the
 * sender's references, with which content digest. Answers "has this exact copy been applied?" (then a delivery
 * changes nothing) and "which other copies with the same references came before?".
 */
@Repository
class AppliedMessages {

    /** Matches any submitter or content: copies recorded before submitters and digests were kept. */
    static final String ANY = "*";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AppliedMessages(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A copy applied earlier. */
    record Copy(String contentDigest, String messageId, boolean complete, int travellers, OffsetDateTime appliedAt) {

        boolean sameContentAs(String digest) {
            return ANY.equals(contentDigest) || contentDigest.equals(digest);
        }
    }

    /** The copies applied under these references by this submitter (or before submitters were recorded), oldest first. */
    List<Copy> earlier(String submitter, String referenceKey) {
        List<Copy> copies = new ArrayList<>(1);
        // by the key's first column only: an index look-up whatever the planner makes of an IN list
        jdbc.query("""
                SELECT submitter, content_digest, message_id, complete, travellers, applied_at FROM applied_message
                WHERE reference_key = ?""", rs -> {
                    String by = rs.getString(1);
                    if (by.equals(submitter) || by.equals(ANY)) {
                        copies.add(new Copy(rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getInt(5),
                                rs.getObject(6, OffsetDateTime.class)));
                    }
                }, referenceKey);
        copies.sort(Comparator.comparing(Copy::appliedAt).thenComparing(Copy::messageId));
        return copies;
    }

    /**
     * Records a copy as applied, unless another delivery recorded the same copy first (several consumers).
     *
     * @return {@code false} when the copy was already recorded: then it must not be applied again
     */
    boolean record(String submitter, String referenceKey, String contentDigest, String messageId, boolean complete,
                   int travellers) {
        return jdbc.update("""
                INSERT INTO applied_message (submitter, reference_key, content_digest, message_id, complete, travellers,
                    applied_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                submitter, referenceKey, contentDigest, messageId, complete, travellers, OffsetDateTime.now(clock)) == 1;
    }
}
