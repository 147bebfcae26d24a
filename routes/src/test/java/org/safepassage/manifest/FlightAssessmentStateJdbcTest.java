package org.safepassage.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The flight's assessment bookkeeping on its own, against a real (in-memory) H2 with the service's migrations: a flight
 * awaits assessment until an assessment records the data version it saw; newer data makes it wait again; a failed
 * flight is taken after the others.
 */
@JdbcTest(properties = "spring.datasource.url=jdbc:h2:mem:assessments;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(FlightAssessmentState.class)
class FlightAssessmentStateJdbcTest {

    @Autowired
    FlightAssessmentState state;

    @Autowired
    JdbcTemplate jdbc;

    private void flight(String id, OffsetDateTime received) {
        jdbc.update("""
                INSERT INTO flight (flight_id, carrier, number, departure_airport, first_received_at, last_received_at)
                VALUES (?, 'ZZ', '1', 'LHR', ?, ?)""", id, received, received);
    }

    @Test
    void aFlightAwaitsAssessmentUntilOneSeesItsDataAndAgainAfterNewData() {
        OffsetDateTime t = OffsetDateTime.parse("2026-12-01T10:00:00Z");
        flight("A", t);
        flight("B", t.plusMinutes(1));
        assertThat(state.awaitingAssessment(10)).containsExactly("A", "B");

        FlightAssessmentState.Snapshot seen = state.lockForAssessment("A");
        assertThat(seen.dataVersion()).isEqualTo(1);
        state.markAssessed("A", seen.dataVersion(), t.plusMinutes(2));
        assertThat(state.awaitingAssessment(10)).containsExactly("B");

        jdbc.update("UPDATE flight SET data_version = data_version + 1 WHERE flight_id = 'A'");
        assertThat(state.awaitingAssessment(10)).containsExactly("A", "B");

        state.markAssessmentFailed("A", t.plusMinutes(3));
        assertThat(state.awaitingAssessment(10)).as("a failed flight after the others").containsExactly("B", "A");
        assertThat(state.awaitingAssessment(1)).containsExactly("B");
    }
}
