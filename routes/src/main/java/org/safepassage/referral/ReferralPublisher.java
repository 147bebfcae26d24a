package org.safepassage.referral;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.safepassage.system.EndpointProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers referral changes from the outbox to the officers' topic as JSON, in order, at least once: an event is
 * marked published only after the broker accepted it (consumers drop a repeated {@code eventId}).
 */
@Component
public class ReferralPublisher {

    private static final Logger log = LoggerFactory.getLogger(ReferralPublisher.class);

    private final JdbcTemplate jdbc;
    private final ReferralQueries referrals;
    private final ProducerTemplate producer;
    private final ObjectMapper json;
    private final Clock clock;
    private final String endpoint;
    private final ReentrantLock lock = new ReentrantLock();

    public ReferralPublisher(JdbcTemplate jdbc, ReferralQueries referrals, ProducerTemplate producer, ObjectMapper json,
                             Clock clock, EndpointProperties endpoints) {
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.producer = producer;
        this.json = json;
        this.clock = clock;
        this.endpoint = endpoints.referralsOut();
    }

    /** What goes on the topic: the event and the referral as it stands after it. */
    public record ReferralEvent(long eventId, String kind, OffsetDateTime occurredAt, ReferralView referral) {
    }

    /** Referral changes committed: deliver them now (the sweep delivers anything this misses). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onCommit(ReferralOutbox.ReferralsChanged changed) {
        try {
            publishPending();
        } catch (RuntimeException e) {
            // the outbox keeps the events: the sweep delivers them
            log.warn("referral changes not delivered yet, the sweep retries: {}", org.safepassage.system.Failures.describe(e));
        }
    }

    /** Publishes every pending event; returns how many were published. */
    public int publishPending() {
        lock.lock();
        try {
            int published = 0;
            while (true) {
                record Pending(long id, String referralId, String kind, OffsetDateTime at) {
                }
                List<Pending> batch = jdbc.query("""
                        SELECT event_id, referral_id, kind, created_at FROM referral_event
                        WHERE published_at IS NULL ORDER BY event_id FETCH FIRST 100 ROWS ONLY""",
                        (rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class)));
                if (batch.isEmpty()) {
                    return published;
                }
                for (Pending p : batch) {
                    ReferralView view = referrals.find(p.referralId()).orElse(null);
                    if (view != null) {
                        producer.sendBodyAndHeader(endpoint, write(new ReferralEvent(p.id(), p.kind(), p.at(), view)),
                                "SafePassageReferralId", p.referralId());
                    }
                    jdbc.update("UPDATE referral_event SET published_at = ? WHERE event_id = ?",
                            OffsetDateTime.now(clock), p.id());
                    published++;
                    log.info("referral {} {} published (event {})", p.referralId(), p.kind(), p.id());
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private String write(ReferralEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot serialise referral event", e);
        }
    }
}
