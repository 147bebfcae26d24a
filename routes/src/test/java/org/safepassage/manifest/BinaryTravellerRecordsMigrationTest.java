package org.safepassage.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.safepassage.ingest.edifact.TestInputs;
import org.safepassage.manifest.model.Traveller;
import org.safepassage.testing.PostgresTestDatabase;
import org.safepassage.testing.ServiceClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database written before migration 7 (7, 7.1, 7.2) (traveller records as JSON text) keeps every record: after the upgrade the
 * service reads each traveller back exactly as it was stored, on H2 and on PostgreSQL.
 */
class BinaryTravellerRecordsMigrationTest {

    /** The service's JSON settings when the records were written as text (ISO dates, empty fields left out). */
    private final ObjectMapper json = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .build();

    @Test
    void embeddedDatabaseKeepsEveryTravellerRecord() throws Exception {
        DriverManagerDataSource h2 = new DriverManagerDataSource(
                "jdbc:h2:mem:migration7;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa", "");
        upgradeKeepsRecords(h2, null);
    }

    @Test
    void postgresqlKeepsEveryTravellerRecord() throws Exception {
        PostgresTestDatabase.require();
        String schema = PostgresTestDatabase.newSchema();
        DriverManagerDataSource postgres = new DriverManagerDataSource(
                PostgresTestDatabase.url() + "?currentSchema=" + schema, PostgresTestDatabase.user(), "");
        upgradeKeepsRecords(postgres, schema);
    }

    private void upgradeKeepsRecords(DataSource dataSource, String schema) throws Exception {
        migrate(dataSource, schema, "6");
        List<Traveller> api = TestInputs.parse(
                ServiceClient.resource("/edifact/paxlst/gtas_apisMessage_d05b_2pax_multileg.edi")).messages().get(0).travellers();
        List<Traveller> pnr = TestInputs.parse(
                ServiceClient.resource("/edifact/pnrgov/gtas_pnrWithDoco.edi")).messages().get(0).travellers();
        assertThat(api).hasSizeGreaterThanOrEqualTo(2);
        assertThat(pnr).isNotEmpty();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Timestamp now = Timestamp.from(Instant.parse("2026-11-29T06:00:00Z"));
        jdbc.update("""
                INSERT INTO flight (flight_id, carrier, number, departure_airport, first_received_at, last_received_at)
                VALUES ('XX1-AAA-2026-11-29', 'XX', '1', 'AAA', ?, ?)""", now, now);
        insert(jdbc, "t-api-and-pnr", json.writeValueAsString(api.get(0)), json.writeValueAsString(pnr.get(0)), now);
        insert(jdbc, "t-api-only", json.writeValueAsString(api.get(1)), null, now);
        // more than two batches of the conversion (and, on PostgreSQL, of the cursor's pages)
        String bulk = json.writeValueAsString(api.get(1));
        jdbc.batchUpdate("""
                INSERT INTO traveller (traveller_id, flight_id, match_key, role, in_api, in_pnr, removed, api_data, updated_at)
                VALUES (?, 'XX1-AAA-2026-11-29', ?, 'PASSENGER', TRUE, FALSE, FALSE, ?, ?)""",
                java.util.stream.IntStream.range(0, 1_201).mapToObj(i -> new Object[] {
                        String.format("u-bulk-%04d", i), "bulk" + i, bulk, now}).toList());

        migrate(dataSource, schema, null);

        TravellerRecordCodec records = new TravellerRecordCodec();
        List<Traveller[]> stored = jdbc.query(
                "SELECT api_record, pnr_record FROM traveller WHERE traveller_id LIKE 't-%' ORDER BY traveller_id",
                (rs, n) -> new Traveller[] {records.read(rs.getBytes(1)), records.read(rs.getBytes(2))});
        assertThat(stored).hasSize(2);
        List<Traveller> converted = jdbc.query("SELECT api_record FROM traveller WHERE traveller_id LIKE 'u-bulk-%'",
                (rs, n) -> records.read(rs.getBytes(1)));
        assertThat(converted).hasSize(1_201).allMatch(api.get(1)::equals);
        assertThat(stored.get(0)[0]).isEqualTo(api.get(0));
        assertThat(stored.get(0)[1]).isEqualTo(pnr.get(0));
        assertThat(stored.get(1)[0]).isEqualTo(api.get(1));
        assertThat(stored.get(1)[1]).isNull();
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name = 'traveller'",
                String.class)).map(String::toLowerCase).contains("api_record", "pnr_record")
                .doesNotContain("api_data", "pnr_data");
        // and the service's own writer reads back what it writes
        assertThat(records.read(records.write(pnr.get(0)))).isEqualTo(pnr.get(0));
    }

    private static void insert(JdbcTemplate jdbc, String id, String apiData, String pnrData, Timestamp now) {
        jdbc.update("""
                INSERT INTO traveller (traveller_id, flight_id, match_key, role, in_api, in_pnr, removed,
                    api_data, pnr_data, updated_at)
                VALUES (?, 'XX1-AAA-2026-11-29', ?, 'PASSENGER', ?, ?, FALSE, ?, ?, ?)""",
                id, id, apiData != null, pnrData != null, apiData, pnrData, now);
    }

    private static void migrate(DataSource dataSource, String schema, String target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new BinaryTravellerRecordsMigration());
        if (schema != null) {
            configuration.schemas(schema).defaultSchema(schema);
        }
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }
}
