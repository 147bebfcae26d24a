package org.safepassage.audit;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who looked at or changed what: every access to personal data by a person is written here (account, action,
 * subject id; never the personal data itself).
 */
@Repository
public class AccessLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AccessLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, String subject, String detail) {
        jdbc.update("INSERT INTO audit_event (occurred_at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
                OffsetDateTime.now(clock), fit(actor, 128), fit(action, 64), fit(subject, 128), fit(detail, 1000));
    }

    private static String fit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
