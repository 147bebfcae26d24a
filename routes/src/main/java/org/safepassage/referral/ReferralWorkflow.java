package org.safepassage.referral;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.safepassage.audit.AccessLog;
import org.safepassage.system.ConflictException;
import org.safepassage.system.NotFoundException;
import org.safepassage.system.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers' work on referrals: open (the first look is recorded), list, acknowledge (OPEN to ACKNOWLEDGED), close with
 * an outcome and a note (ACKNOWLEDGED to CLOSED). Each action and its access-log entry are one transaction; the
 * change is delivered to the officers' topic once it commits.
 */
@Service
public class ReferralWorkflow {

    private final JdbcTemplate jdbc;
    private final ReferralQueries queries;
    private final ReferralOutbox outbox;
    private final AccessLog accessLog;
    private final Clock clock;

    ReferralWorkflow(JdbcTemplate jdbc, ReferralQueries queries, ReferralOutbox outbox, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.outbox = outbox;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** An officer takes the referral: OPEN to ACKNOWLEDGED. */
    @Transactional
    public ReferralView acknowledge(String referralId, String officer) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReferralStatus status = status(referralId);
        if (status != ReferralStatus.OPEN) {
            throw new ConflictException(
                    "referral " + referralId + " is " + status + "; only an OPEN referral can be acknowledged");
        }
        jdbc.update("""
                UPDATE referral SET status = 'ACKNOWLEDGED', acknowledged_at = ?, acknowledged_by = ?, updated_at = ?,
                    first_seen_at = COALESCE(first_seen_at, ?), first_seen_by = COALESCE(first_seen_by, ?)
                WHERE referral_id = ?""", now, officer, now, now, officer, referralId);
        outbox.record(referralId, "ACKNOWLEDGED", now);
        accessLog.record(officer, "ACKNOWLEDGE_REFERRAL", referralId, null);
        return queries.find(referralId).orElseThrow();
    }

    /** An officer closes the referral with an outcome and a note: ACKNOWLEDGED to CLOSED. */
    @Transactional
    public ReferralView close(String referralId, String officer, Outcome outcome, String note) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReferralStatus status = status(referralId);
        if (status != ReferralStatus.ACKNOWLEDGED) {
            throw new ConflictException("referral " + referralId + " is " + status
                    + "; acknowledge it first (OPEN -> ACKNOWLEDGED -> CLOSED)");
        }
        jdbc.update("""
                UPDATE referral SET status = 'CLOSED', closed_at = ?, closed_by = ?, outcome = ?, note = ?, updated_at = ?
                WHERE referral_id = ?""", now, officer, outcome.name(), ReferralDecisions.cut(note, 4000), now, referralId);
        outbox.record(referralId, "CLOSED", now);
        accessLog.record(officer, "CLOSE_REFERRAL", referralId, "outcome " + outcome);
        return queries.find(referralId).orElseThrow();
    }

    /**
     * An officer opens the referral: the first time is recorded on it, and every look in the access log, in one
     * transaction with the read.
     */
    @Transactional
    public ReferralView open(String referralId, String officer, String where) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.update("UPDATE referral SET first_seen_at = ?, first_seen_by = ? WHERE referral_id = ? AND first_seen_at IS NULL",
                now, officer, referralId);
        ReferralView view = queries.find(referralId).orElseThrow(() -> new NotFoundException("no referral " + referralId));
        accessLog.record(officer, "VIEW_REFERRAL", referralId, where);
        return view;
    }

    /** A page of referrals for an officer, the look written to the access log in the same transaction. */
    @Transactional
    public Page<ReferralView> list(ReferralStatus status, String flightId, Page.PageRequest page, String officer) {
        Page<ReferralView> found = queries.list(status, flightId, page);
        accessLog.record(officer, "LIST_REFERRALS", flightId == null ? "*" : flightId,
                found.items().size() + " of " + found.totalItems() + " referrals"
                        + (status == null ? "" : " with status " + status) + ", page " + page.page());
        return found;
    }

    private ReferralStatus status(String referralId) {
        List<String> found = jdbc.queryForList("SELECT status FROM referral WHERE referral_id = ?", String.class, referralId);
        if (found.isEmpty()) {
            throw new NotFoundException("no referral " + referralId);
        }
        return ReferralStatus.valueOf(found.get(0));
    }
}
