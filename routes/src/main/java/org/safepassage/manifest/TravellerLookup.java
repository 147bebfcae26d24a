package org.safepassage.manifest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.safepassage.manifest.model.Traveller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Finding the travellers a document read at the border may belong to: on a named flight, or among the flights
 * scheduled around the read, by date of birth or by name (the person index). Travellers taken off their flight's
 * latest list are not candidates.
 */
@Repository
public class TravellerLookup {

    /** At most this many candidates per look-up: a read that matches more is not joined anyway. */
    static final int MAX_CANDIDATES = 500;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TravellerRecordCodec records;

    TravellerLookup(JdbcTemplate jdbc, TravellerRecordCodec records) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.records = records;
    }

    /** A traveller who may be the holder of a read document, with the flight they are on. */
    public record Candidate(String travellerId, String flightId, Traveller traveller) {

        @Override
        public String toString() {
            return "Candidate[" + travellerId + " on " + flightId + "]";
        }
    }

    /**
     * The flights of {@code carrier} and {@code number} (leading zeros ignored) departing on {@code date} or arriving
     * on it (a read at arrival names the day it is).
     */
    public List<String> flights(String carrier, String number, LocalDate date) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT flight_id, number FROM flight WHERE carrier = ?
                AND (departure_date = ? OR CAST(arrival_time AS DATE) = ?)""", carrier, date, date);
        String wanted = withoutLeadingZeros(number);
        List<String> out = new ArrayList<>(1);
        for (Map<String, Object> row : rows) {
            if (withoutLeadingZeros(String.valueOf(row.get("number"))).equals(wanted)) {
                out.add((String) row.get("flight_id"));
            }
        }
        return out;
    }

    /** Everyone still on these flights. */
    public List<Candidate> onFlights(Collection<String> flightIds) {
        if (flightIds.isEmpty()) {
            return List.of();
        }
        return named.query("""
                SELECT traveller_id, flight_id, api_record, pnr_record FROM traveller
                WHERE flight_id IN (:flights) AND NOT removed ORDER BY traveller_id
                FETCH FIRST %d ROWS ONLY""".formatted(MAX_CANDIDATES * 4),
                new MapSqlParameterSource("flights", flightIds), (rs, n) -> candidate(rs));
    }

    /**
     * Travellers born on {@code dateOfBirth} (when given) or with this name (when given), on flights departing or
     * arriving between {@code from} and {@code to} (scheduled times as the carriers send them: local times), or
     * without scheduled times but departing on a day in that span.
     */
    public List<Candidate> around(LocalDate dateOfBirth, String surname, String givenNames, LocalDateTime from,
                                  LocalDateTime to) {
        Map<String, Candidate> found = new LinkedHashMap<>();
        MapSqlParameterSource args = new MapSqlParameterSource()
                .addValue("from", from).addValue("to", to)
                .addValue("firstDay", from.toLocalDate()).addValue("lastDay", to.toLocalDate());
        String flights = """
                JOIN flight f ON f.flight_id = t.flight_id
                WHERE NOT t.removed AND (f.departure_time BETWEEN :from AND :to OR f.arrival_time BETWEEN :from AND :to
                    OR (f.departure_time IS NULL AND f.departure_date BETWEEN :firstDay AND :lastDay))""";
        if (dateOfBirth != null) {
            named.query("SELECT t.traveller_id, t.flight_id, t.api_record, t.pnr_record FROM traveller t " + flights
                            + " AND t.date_of_birth = :born FETCH FIRST " + MAX_CANDIDATES + " ROWS ONLY",
                    args.addValue("born", dateOfBirth), rs -> {
                        Candidate c = candidate(rs);
                        found.putIfAbsent(c.travellerId(), c);
                    });
        }
        if (surname != null && !surname.isBlank()) {
            named.query("SELECT t.traveller_id, t.flight_id, t.api_record, t.pnr_record FROM traveller t " + flights
                            + " AND t.match_key = :name FETCH FIRST " + MAX_CANDIDATES + " ROWS ONLY",
                    args.addValue("name", Names.matchKey(surname, givenNames)), rs -> {
                        Candidate c = candidate(rs);
                        found.putIfAbsent(c.travellerId(), c);
                    });
        }
        return new ArrayList<>(found.values());
    }

    /** The dates of birth of the travellers on these flights (to find the reads that may be theirs). */
    public Set<LocalDate> birthDates(Collection<String> flightIds) {
        if (flightIds.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(named.queryForList("""
                SELECT DISTINCT date_of_birth FROM traveller WHERE flight_id IN (:flights)
                AND date_of_birth IS NOT NULL AND NOT removed""",
                new MapSqlParameterSource("flights", flightIds), LocalDate.class));
    }

    /** Carrier and number of each of these flights, by flight id (reads with a flight hint wait for them). */
    public Map<String, String[]> designators(Collection<String> flightIds) {
        Map<String, String[]> out = new LinkedHashMap<>();
        if (flightIds.isEmpty()) {
            return out;
        }
        named.query("SELECT flight_id, carrier, number FROM flight WHERE flight_id IN (:flights)",
                new MapSqlParameterSource("flights", flightIds),
                rs -> {
                    out.put(rs.getString(1), new String[] {rs.getString(2), withoutLeadingZeros(rs.getString(3))});
                });
        return out;
    }

    /** The traveller as stored (API and PNR records merged), or null when there is none with this id. */
    public Candidate traveller(String travellerId) {
        List<Candidate> rows = jdbc.query(
                "SELECT traveller_id, flight_id, api_record, pnr_record FROM traveller WHERE traveller_id = ?",
                (rs, n) -> candidate(rs), travellerId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private Candidate candidate(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Candidate(rs.getString(1), rs.getString(2),
                TravellerRecords.merge(records.read(rs.getBytes(3)), records.read(rs.getBytes(4))));
    }

    static String withoutLeadingZeros(String number) {
        if (number == null) {
            return "";
        }
        String n = number.trim().toUpperCase(java.util.Locale.ROOT);
        int i = 0;
        while (i < n.length() - 1 && n.charAt(i) == '0') {
            i++;
        }
        return n.substring(i);
    }
}
