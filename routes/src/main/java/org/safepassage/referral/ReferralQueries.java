package org.safepassage.referral;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.safepassage.system.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads referrals with their indicators, for the API and for delivery to the officers' topic. */
@Repository
public class ReferralQueries {

    private static final String COLUMNS = """
            SELECT referral_id, flight_id, traveller_id, status, priority, score, age_years, age_status, rule_set_version,
                revision, data_received_at, raised_at, updated_at, first_seen_at, acknowledged_at, acknowledged_by,
                closed_at, closed_by, outcome, note FROM referral""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ReferralQueries(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<ReferralView> find(String referralId) {
        List<ReferralView> found = query(COLUMNS + " WHERE referral_id = ?", referralId);
        return found.stream().findFirst();
    }

    /** Highest priority first, then newest; both filters optional. */
    public Page<ReferralView> list(ReferralStatus status, String flightId, Page.PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (status != null) {
            where.append(" AND status = ?");
            args.add(status.name());
        }
        if (flightId != null && !flightId.isBlank()) {
            where.append(" AND flight_id = ?");
            args.add(flightId);
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM referral" + where, Long.class, args.toArray());
        String sql = COLUMNS + where
                + " ORDER BY CASE priority WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, raised_at DESC, referral_id"
                + " OFFSET " + page.offset() + " ROWS FETCH FIRST " + page.size() + " ROWS ONLY";
        return Page.of(query(sql, args.toArray()), page, total == null ? 0 : total);
    }

    private List<ReferralView> query(String sql, Object... args) {
        record Row(String id, String flight, String traveller, String status, String priority, int score, Integer age,
                   String ageStatus, String version, int revision, OffsetDateTime received, OffsetDateTime raised,
                   OffsetDateTime updated, OffsetDateTime seen, OffsetDateTime ack, String ackBy, OffsetDateTime closed,
                   String closedBy, String outcome, String note) {
        }
        List<Row> rows = jdbc.query(sql, (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getInt(6), (Integer) rs.getObject(7), rs.getString(8),
                rs.getString(9), rs.getInt(10), rs.getObject(11, OffsetDateTime.class),
                rs.getObject(12, OffsetDateTime.class), rs.getObject(13, OffsetDateTime.class),
                rs.getObject(14, OffsetDateTime.class), rs.getObject(15, OffsetDateTime.class), rs.getString(16),
                rs.getObject(17, OffsetDateTime.class), rs.getString(18), rs.getString(19), rs.getString(20)), args);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<ReferralView.IndicatorView>> active = new HashMap<>();
        Map<String, List<ReferralView.IndicatorView>> withdrawn = new HashMap<>();
        String in = String.join(",", rows.stream().map(r -> "?").toList());
        jdbc.query("""
                SELECT referral_id, code, status, description, weight, decisive, explanation, evidence,
                    related_travellers, source, raised_at, withdrawn_at
                FROM referral_indicator WHERE referral_id IN (""" + in + ") ORDER BY referral_id, code",
                rs -> {
                    String related = rs.getString(9);
                    var view = new ReferralView.IndicatorView(rs.getString(2), rs.getString(4), rs.getInt(5),
                            rs.getBoolean(6), rs.getString(7), evidence(rs.getString(8)),
                            related == null || related.isEmpty() ? List.of() : List.of(related.split(",")),
                            rs.getString(10), rs.getObject(11, OffsetDateTime.class),
                            rs.getObject(12, OffsetDateTime.class));
                    ("ACTIVE".equals(rs.getString(3)) ? active : withdrawn)
                            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(view);
                }, rows.stream().map(Row::id).toArray());
        return rows.stream().map(r -> new ReferralView(r.id(), r.flight(), r.traveller(),
                ReferralStatus.valueOf(r.status()), Priority.valueOf(r.priority()), r.score(), r.age(), r.ageStatus(),
                r.version(), r.revision(), active.getOrDefault(r.id(), List.of()),
                withdrawn.getOrDefault(r.id(), List.of()), r.received(), r.raised(), r.updated(), r.seen(), r.ack(),
                r.ackBy(), r.closed(), r.closedBy(), r.outcome() == null ? null : Outcome.valueOf(r.outcome()),
                r.note())).toList();
    }

    private List<ReferralView.EvidenceView> evidence(String data) {
        try {
            return json.readValue(data, new TypeReference<>() { });
        } catch (JacksonException e) {
            throw new IllegalStateException("stored evidence cannot be read", e);
        }
    }
}
