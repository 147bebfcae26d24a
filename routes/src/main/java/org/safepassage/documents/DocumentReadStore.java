package org.safepassage.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.safepassage.system.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The document reads the service has received (table {@code document_read}, owned by this package). */
@Repository
class DocumentReadStore {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    DocumentReadStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** A read as stored. {@link #toString()} carries no personal data. */
    record StoredRead(String readId, String readerId, Instant readAt, Instant receivedAt, String submitter,
                      DocumentReadEvent.FlightHint hint, LocalDate dateOfBirth, TravellerMatching.Status matchStatus,
                      String match, String travellerId, String flightId, String verdict, List<String> failedChecks,
                      String report, byte[] dg1, String printedMrz, boolean hasFace) {

        @Override
        public String toString() {
            return "StoredRead[" + readId + " " + matchStatus + " " + verdict + "]";
        }
    }

    private static final String COLUMNS = """
            read_id, reader_id, read_at, received_at, submitter, hint_carrier, hint_number, hint_date, date_of_birth,
            match_status, match, traveller_id, flight_id, verdict, failed_checks, report, dg1, printed_mrz,
            face_image IS NOT NULL""";

    private static final RowMapper<StoredRead> ROW = DocumentReadStore::row;

    private static StoredRead row(ResultSet rs, int n) throws SQLException {
        String carrier = rs.getString(6);
        DocumentReadEvent.FlightHint hint = carrier == null ? null
                : new DocumentReadEvent.FlightHint(carrier, rs.getString(7), rs.getObject(8, LocalDate.class));
        String failed = rs.getString(15);
        return new StoredRead(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4), rs.getString(5), hint,
                rs.getObject(9, LocalDate.class), TravellerMatching.Status.valueOf(rs.getString(10)), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14),
                failed == null || failed.isEmpty() ? List.of() : List.of(failed.split(",")), rs.getString(16),
                rs.getBytes(17), rs.getString(18), rs.getBoolean(19));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    /** The read of this event content, if it was received before. */
    Optional<String> readIdOfDigest(String digest) {
        return jdbc.queryForList("SELECT read_id FROM document_read WHERE content_digest = ?", String.class, digest)
                .stream().findFirst();
    }

    Optional<StoredRead> find(String readId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM document_read WHERE read_id = ?", ROW, readId).stream().findFirst();
    }

    /** A new read. */
    void insert(String readId, String digest, DocumentReadEvent event, Instant receivedAt, String submitter,
                ReadHolder holder, TravellerMatching.Status status, String match, String travellerId, String flightId,
                String verdict, List<String> failedChecks, String report, byte[] dg1, String faceType, byte[] face) {
        DocumentReadEvent.FlightHint hint = event.flightHint();
        jdbc.update("""
                INSERT INTO document_read (read_id, content_digest, reader_id, read_at, received_at, submitter,
                    hint_carrier, hint_number, hint_date, document_number, issuing_state, date_of_birth, match_status,
                    match, traveller_id, flight_id, matched_at, verdict, failed_checks, report, dg1, printed_mrz,
                    face_image_type, face_image)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                readId, digest, event.readerId(), utc(event.readAt()), utc(receivedAt), submitter,
                hint == null ? null : hint.carrier(), hint == null ? null : hint.number(), hint == null ? null : hint.date(),
                holder == null ? null : fit(holder.documentNumber(), 64), holder == null ? null : fit(holder.issuingState(), 8),
                holder == null ? null : holder.dateOfBirth(), status.name(), fit(match, 4000), travellerId, flightId,
                travellerId == null ? null : utc(receivedAt), verdict, fit(String.join(",", failedChecks), 1000), report,
                dg1, event.mrz(), faceType, face);
    }

    /** The read, joined later (or found ambiguous) when a passenger list arrived. */
    void joined(String readId, TravellerMatching.Status status, String match, String travellerId, String flightId,
                Instant at, String verdict, List<String> failedChecks, String report) {
        jdbc.update("""
                UPDATE document_read SET match_status = ?, match = ?, traveller_id = ?, flight_id = ?, matched_at = ?,
                    verdict = ?, failed_checks = ?, report = ? WHERE read_id = ?""",
                status.name(), fit(match, 4000), travellerId, flightId, travellerId == null ? null : utc(at), verdict,
                fit(String.join(",", failedChecks), 1000), report, readId);
    }

    /** Whether any read received since {@code since} still waits for its passenger list (most often none does). */
    boolean anyWaiting(Instant since) {
        return !jdbc.queryForList("""
                SELECT read_id FROM document_read WHERE match_status IN ('UNMATCHED', 'AMBIGUOUS') AND received_at >= ?
                FETCH FIRST 1 ROWS ONLY""", String.class, utc(since)).isEmpty();
    }

    /**
     * Reads still waiting for their passenger list, received since {@code since}: born on one of {@code births}, or
     * with a flight hint naming one of {@code designators} (carrier and number without leading zeros).
     */
    List<StoredRead> waiting(Collection<LocalDate> births, Collection<String> designators, Instant since, int limit) {
        if (births.isEmpty() && designators.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource args = new MapSqlParameterSource("since", utc(since))
                .addValue("births", births.isEmpty() ? List.of(LocalDate.of(1, 1, 1)) : births)
                .addValue("designators", designators.isEmpty() ? List.of("-") : designators);
        return named.query("SELECT " + COLUMNS + """
                 FROM document_read WHERE match_status IN ('UNMATCHED', 'AMBIGUOUS') AND received_at >= :since
                AND (date_of_birth IN (:births)
                     OR CONCAT(hint_carrier, TRIM(LEADING '0' FROM hint_number)) IN (:designators))
                ORDER BY received_at FETCH FIRST %d ROWS ONLY""".formatted(limit), args, ROW);
    }

    /** The newest read of each traveller of the flight that was joined to them. */
    List<StoredRead> latestOfEachTraveller(String flightId) {
        return jdbc.query("SELECT " + COLUMNS + """
                 FROM document_read d WHERE flight_id = ? AND traveller_id IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM document_read n WHERE n.traveller_id = d.traveller_id
                    AND (n.read_at > d.read_at OR (n.read_at = d.read_at AND n.read_id > d.read_id)))""", ROW, flightId);
    }

    List<StoredRead> ofTraveller(String travellerId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM document_read WHERE traveller_id = ? ORDER BY read_at DESC, read_id",
                ROW, travellerId);
    }

    /** Reads received between {@code from} and {@code to}, newest first; only those not joined when {@code unmatched}. */
    Page<StoredRead> list(boolean unmatched, Instant from, Instant to, Page.PageRequest page) {
        String where = " WHERE read_at >= ? AND read_at < ?" + (unmatched ? " AND traveller_id IS NULL" : "");
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM document_read" + where, Long.class, utc(from), utc(to));
        List<StoredRead> rows = jdbc.query("SELECT " + COLUMNS + " FROM document_read" + where
                + " ORDER BY read_at DESC, read_id OFFSET " + page.offset() + " ROWS FETCH FIRST " + page.size()
                + " ROWS ONLY", ROW, utc(from), utc(to));
        return Page.of(rows, page, total == null ? 0 : total);
    }

    /** The face image of the traveller's newest read that has one: its type, the image, and the JPEG made of it. */
    record Face(String readId, String type, byte[] image, byte[] jpeg) {
    }

    Optional<Face> newestFace(String travellerId) {
        return jdbc.query("""
                SELECT read_id, face_image_type, face_image, photo_jpeg FROM document_read
                WHERE traveller_id = ? AND face_image IS NOT NULL ORDER BY read_at DESC, read_id FETCH FIRST 1 ROWS ONLY""",
                (rs, n) -> new Face(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getBytes(4)), travellerId)
                .stream().findFirst();
    }

    void photoMade(String readId, byte[] jpeg) {
        jdbc.update("UPDATE document_read SET photo_jpeg = ? WHERE read_id = ?", jpeg, readId);
    }

    private static String fit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
