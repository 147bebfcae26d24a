package org.safepassage.referral;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import org.safepassage.protection.FlightAssessment;
import org.safepassage.protection.Indicator;
import org.safepassage.protection.TravellerAssessment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a referral is decided and kept: one per traveller per flight. A flight's assessment raises, updates or
 * leaves referrals as the indicators say: new data updates the same referral (indicators added, indicators that no
 * longer hold marked withdrawn) and never raises a duplicate. Every change goes to the outbox in the same
 * transaction, for delivery to officers. No decision about a person is taken here: a referral asks an officer to
 * look.
 */
@Service
class ReferralDecisions {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ReferralOutbox outbox;
    private final Clock clock;

    ReferralDecisions(JdbcTemplate jdbc, ObjectMapper json, ReferralOutbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.outbox = outbox;
        this.clock = clock;
    }

    private record StoredIndicator(String code, String status, String explanation, String evidence, String related) {
    }

    private record Existing(String referralId, ReferralStatus status, int score, Map<String, StoredIndicator> indicators) {
    }

    /**
     * Applies a flight's assessment: raises, updates or leaves referrals as the indicators say.
     *
     * @return the ids of referrals that changed
     */
    @Transactional
    List<String> apply(FlightAssessment assessment, int threshold, LocalDateTime scheduledArrival,
                              LocalDateTime localNow, OffsetDateTime dataReceivedAt) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Existing> existing = existing(assessment.flightId());
        List<String> changed = new ArrayList<>();
        for (TravellerAssessment t : assessment.travellers()) {
            Existing current = existing.get(t.travellerId());
            if (!t.referralWarranted() && (current == null || activeCodes(current).isEmpty())) {
                continue;
            }
            boolean decisive = t.indicators().stream().anyMatch(Indicator::decisive);
            Priority priority = Priority.of(t.score(), threshold, decisive, scheduledArrival, localNow);
            Integer ageYears = t.age() == null ? null : t.age().years();
            String ageStatus = t.age() == null || t.age().status() == null ? null : t.age().status().name();
            if (current == null) {
                String id = UUID.randomUUID().toString();
                jdbc.update("""
                        INSERT INTO referral (referral_id, flight_id, traveller_id, status, priority, score, age_years,
                            age_status, rule_set_version, revision, data_received_at, raised_at, updated_at)
                        VALUES (?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, 1, ?, ?, ?)""",
                        id, assessment.flightId(), t.travellerId(), priority.name(), t.score(), ageYears, ageStatus,
                        t.ruleSetVersion(), dataReceivedAt, now, now);
                for (Indicator indicator : t.indicators()) {
                    insertIndicator(id, indicator, now);
                }
                outbox.record(id, "RAISED", now);
                changed.add(id);
                continue;
            }
            Map<String, Indicator> fresh = new LinkedHashMap<>();
            if (t.referralWarranted()) {
                t.indicators().forEach(i -> fresh.put(i.code(), i));
            }
            boolean addedSome = false;
            boolean any = false;
            for (Indicator indicator : fresh.values()) {
                StoredIndicator stored = current.indicators().get(indicator.code());
                if (stored == null) {
                    insertIndicator(current.referralId(), indicator, now);
                    addedSome = true;
                    any = true;
                } else if (!"ACTIVE".equals(stored.status()) || !same(stored, indicator)) {
                    addedSome |= !"ACTIVE".equals(stored.status());
                    updateIndicator(current.referralId(), indicator, now);
                    any = true;
                }
            }
            for (StoredIndicator stored : current.indicators().values()) {
                if ("ACTIVE".equals(stored.status()) && !fresh.containsKey(stored.code())) {
                    jdbc.update("UPDATE referral_indicator SET status = 'WITHDRAWN', withdrawn_at = ? WHERE referral_id = ? AND code = ?",
                            now, current.referralId(), stored.code());
                    any = true;
                }
            }
            int score = t.referralWarranted() ? t.score() : 0;
            if (!any && score == current.score()) {
                continue;
            }
            boolean reopen = current.status() == ReferralStatus.CLOSED && addedSome;
            jdbc.update("""
                    UPDATE referral SET score = ?, priority = ?, age_years = ?, age_status = ?, rule_set_version = ?,
                        revision = revision + 1, data_received_at = ?, updated_at = ?,
                        status = CASE WHEN ? THEN 'OPEN' ELSE status END
                    WHERE referral_id = ?""",
                    score, priority.name(), ageYears, ageStatus, t.ruleSetVersion(), dataReceivedAt, now, reopen,
                    current.referralId());
            outbox.record(current.referralId(), reopen ? "REOPENED" : "UPDATED", now);
            changed.add(current.referralId());
        }
        return changed;
    }

    private static List<String> activeCodes(Existing e) {
        return e.indicators().values().stream().filter(i -> "ACTIVE".equals(i.status())).map(StoredIndicator::code).toList();
    }

    private boolean same(StoredIndicator stored, Indicator indicator) {
        return Objects.equals(stored.explanation(), indicator.explanation())
                && Objects.equals(stored.evidence(), write(indicator.evidence()))
                && Objects.equals(stored.related(), String.join(",", indicator.relatedTravellerIds()));
    }

    private Map<String, Existing> existing(String flightId) {
        Map<String, Existing> byTraveller = new HashMap<>();
        Map<String, Existing> byReferral = new HashMap<>();
        jdbc.query("SELECT referral_id, traveller_id, status, score FROM referral WHERE flight_id = ?", rs -> {
            Existing e = new Existing(rs.getString(1), ReferralStatus.valueOf(rs.getString(3)), rs.getInt(4),
                    new LinkedHashMap<>());
            byTraveller.put(rs.getString(2), e);
            byReferral.put(e.referralId(), e);
        }, flightId);
        if (!byReferral.isEmpty()) {
            jdbc.query("""
                    SELECT i.referral_id, i.code, i.status, i.explanation, i.evidence, i.related_travellers
                    FROM referral_indicator i JOIN referral r ON r.referral_id = i.referral_id WHERE r.flight_id = ?""",
                    rs -> {
                        Existing e = byReferral.get(rs.getString(1));
                        e.indicators().put(rs.getString(2), new StoredIndicator(rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6)));
                    }, flightId);
        }
        return byTraveller;
    }

    private void insertIndicator(String referralId, Indicator i, OffsetDateTime now) {
        jdbc.update("""
                INSERT INTO referral_indicator (referral_id, code, status, description, weight, decisive, source,
                    explanation, evidence, related_travellers, raised_at)
                VALUES (?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?, ?, ?)""",
                referralId, i.code(), cut(i.description(), 1000), i.weight(), i.decisive(), cut(i.source(), 1000),
                cut(i.explanation(), 2000), write(i.evidence()), cut(String.join(",", i.relatedTravellerIds()), 4000), now);
    }

    private void updateIndicator(String referralId, Indicator i, OffsetDateTime now) {
        jdbc.update("""
                UPDATE referral_indicator SET status = 'ACTIVE', description = ?, weight = ?, decisive = ?, source = ?,
                    explanation = ?, evidence = ?, related_travellers = ?, withdrawn_at = NULL,
                    raised_at = CASE WHEN status = 'ACTIVE' THEN raised_at ELSE ? END
                WHERE referral_id = ? AND code = ?""",
                cut(i.description(), 1000), i.weight(), i.decisive(), cut(i.source(), 1000), cut(i.explanation(), 2000),
                write(i.evidence()), cut(String.join(",", i.relatedTravellerIds()), 4000), now, referralId, i.code());
    }


    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot serialise evidence", e);
        }
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
