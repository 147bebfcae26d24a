package org.safepassage.manifest;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the referral feature needs to know and record about a flight's assessment, on the flight's own row (owned by
 * this package): a lock for assessing it, the count of data changes the assessment saw, a failed assessment, and
 * which flights have data their last assessment did not see.
 */
@Repository
public class FlightAssessmentState {

    private final JdbcTemplate jdbc;

    FlightAssessmentState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The flight's data as an assessment sees it, under the flight's row lock (held to the end of the caller's
     * transaction: one assessment of a flight at a time, none while a message for it is being applied).
     *
     * @param receivedAt  when the newest data for the flight arrived
     * @param dataVersion the count of the flight's data changes
     * @param assessedVersion the count its last assessment saw, or null when it was never assessed
     */
    public record Snapshot(OffsetDateTime receivedAt, long dataVersion, Long assessedVersion) {
    }

    /** Locks the flight for assessment; runs inside the caller's transaction. */
    public Snapshot lockForAssessment(String flightId) {
        return jdbc.queryForObject("""
                SELECT last_received_at, data_version, assessed_version FROM flight WHERE flight_id = ? FOR UPDATE""",
                (rs, n) -> new Snapshot(rs.getObject(1, OffsetDateTime.class), rs.getLong(2),
                        rs.getObject(3) == null ? null : rs.getLong(3)), flightId);
    }

    /**
     * Data about the flight's travellers changed outside its passenger lists (a document read joined to one of
     * them): counted like a message's change, so that the flight is assessed again (at once, or by the sweep).
     */
    public void dataChanged(String flightId, OffsetDateTime at) {
        jdbc.update("""
                UPDATE flight SET data_version = data_version + 1,
                    last_received_at = CASE WHEN last_received_at < ? THEN ? ELSE last_received_at END
                WHERE flight_id = ?""", at, at, flightId);
    }

    /** The flight was assessed at {@code startedAt} with the data of {@code dataVersion}. */
    public void markAssessed(String flightId, long dataVersion, OffsetDateTime startedAt) {
        jdbc.update("UPDATE flight SET assessed_at = ?, assessed_version = ?, assessment_failed_at = NULL WHERE flight_id = ?",
                startedAt, dataVersion, flightId);
    }

    /** The flight's assessment failed at {@code at}: it is retried after the others. */
    public void markAssessmentFailed(String flightId, OffsetDateTime at) {
        jdbc.update("UPDATE flight SET assessment_failed_at = ? WHERE flight_id = ?", at, flightId);
    }

    /** Flights with data their last assessment did not see, at most {@code limit}, failed ones last. */
    public List<String> awaitingAssessment(int limit) {
        return jdbc.queryForList("""
                SELECT flight_id FROM flight WHERE assessed_version IS NULL OR assessed_version < data_version
                ORDER BY assessment_failed_at NULLS FIRST, last_received_at FETCH FIRST %d ROWS ONLY""".formatted(limit),
                String.class);
    }
}
