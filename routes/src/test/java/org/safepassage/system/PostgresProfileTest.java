package org.safepassage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safepassage.testing.PostgresTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.safepassage.testing.ServiceClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same service on the postgres profile, against the machine's real PostgreSQL server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safepassage.security.users[0].name=duty-officer",
        "safepassage.security.users[0].password={noop}s3cret",
        "safepassage.security.users[0].roles=OFFICER,METRICS"})
@ActiveProfiles("postgres")
class PostgresProfileTest {

    private static final String SCHEMA = PostgresTestDatabase.newSchema();

    @BeforeAll
    static void requirePostgres() {
        PostgresTestDatabase.require();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresTestDatabase.url() + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
    }

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void runsTheSameMigrationsOnPostgres() {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        List<String> applied = jdbc.queryForList(
                "SELECT script FROM flyway_schema_history WHERE success ORDER BY installed_rank", String.class);
        assertThat(applied).contains("V1__inbound_message.sql");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM inbound_message", Integer.class)).isZero();
    }

    @Test
    void healthReportsPostgresUp() {
        String health = new ServiceClient(port).sendWith("GET", "/actuator/health",
                ServiceClient.basic("duty-officer", "s3cret"), null, "text/plain").body();
        var db = new ServiceClient(port).parse(health).get("components").get("db");
        assertThat(db.get("status").asText()).isEqualTo("UP");
        assertThat(db.get("details").get("database").asText()).isEqualTo("PostgreSQL");
    }

    @Test
    void configuredAccountsWorkAndDemoAccountsDoNot() {
        ServiceClient client = new ServiceClient(port);
        assertThat(client.sendWith("GET", "/api/v1/session", ServiceClient.basic("duty-officer", "s3cret"), null,
                "text/plain").statusCode()).isEqualTo(200);
        assertThat(client.send("GET", "/api/v1/session", "officer", null).statusCode()).isEqualTo(401);
    }
}
