package org.safepassage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safepassage.system.ClockConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The record of applied copies on its own, against a real (in-memory) H2 with the service's migrations: the same copy
 * is applied once, another copy under the same references is new, and copies recorded before submitters and digests
 * were kept still stop a redelivery.
 */
@JdbcTest(properties = "spring.datasource.url=jdbc:h2:mem:applied;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({AppliedMessages.class, ClockConfig.class})
class AppliedMessagesJdbcTest {

    @Autowired
    AppliedMessages applied;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCopyIsRecordedOnceAndAnotherCopyIsNew() {
        assertThat(applied.record("http:ingest", "ref:AIR|1|1", "d1", "m1", false, 4)).isTrue();
        assertThat(applied.record("http:ingest", "ref:AIR|1|1", "d1", "m2", true, 4)).as("the same copy again").isFalse();
        assertThat(applied.record("http:ingest", "ref:AIR|1|1", "d2", "m3", true, 10)).isTrue();
        assertThat(applied.earlier("http:ingest", "ref:AIR|1|1")).extracting(AppliedMessages.Copy::contentDigest)
                .containsExactly("d1", "d2");
        assertThat(applied.earlier("http:other", "ref:AIR|1|1")).as("another submitter's references").isEmpty();
    }

    @Test
    void copiesFromBeforeSubmittersWereKeptMatchAnyContent() {
        jdbc.update("INSERT INTO applied_message VALUES ('*', 'ref:OLD|1|1', '*', 'm0', TRUE, 0, CURRENT_TIMESTAMP)");
        assertThat(applied.earlier("jms:queue:safepassage.api.in", "ref:OLD|1|1")).singleElement()
                .satisfies(copy -> assertThat(copy.sameContentAs("anything")).isTrue());
    }
}
