package org.safepassage.referral;

import java.time.OffsetDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactional outbox of referral changes ({@code referral_event}): a change is written in the transaction that
 * makes it, and once that transaction commits the publisher delivers it to the officers' topic
 * ({@link ReferralPublisher} listens for {@link ReferralsChanged}).
 */
@Component
class ReferralOutbox {

    /** Referral changes were written to the outbox; delivered after the transaction commits. */
    record ReferralsChanged() {
    }

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    ReferralOutbox(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** {@code kind}: RAISED, UPDATED, REOPENED, ACKNOWLEDGED, CLOSED. */
    void record(String referralId, String kind, OffsetDateTime at) {
        jdbc.update("INSERT INTO referral_event (referral_id, kind, created_at) VALUES (?, ?, ?)", referralId, kind, at);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // one delivery after the commit, however many changes the transaction made
            if (TransactionSynchronizationManager.hasResource(this)) {
                return;
            }
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ReferralOutbox.this);
                }
            });
        }
        events.publishEvent(new ReferralsChanged());
    }
}
