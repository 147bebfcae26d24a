package org.safepassage.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * The machine's PostgreSQL server (127.0.0.1:5432, user postgres, trust authentication; override with
 * SAFEPASSAGE_TEST_PG_URL / SAFEPASSAGE_TEST_PG_USER). Each test context gets a fresh schema in the database
 * {@code safepassage_test}, which is created when missing. Outside CI a missing server skips the PostgreSQL
 * tests; in CI ({@code CI=true}) it fails them.
 */
public final class PostgresTestDatabase {

    public static final String DATABASE = "safepassage_test";
    private static final String SERVER = System.getenv().getOrDefault("SAFEPASSAGE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getenv().getOrDefault("SAFEPASSAGE_TEST_PG_USER", "postgres");
    private static boolean prepared;

    private PostgresTestDatabase() {
    }

    public static String url() {
        return SERVER + DATABASE;
    }

    public static String user() {
        return USER;
    }

    /** Makes sure the server is reachable and the test database exists; drops schemas left by earlier runs. */
    public static synchronized void require() {
        if (prepared) {
            return;
        }
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + DATABASE);
                }
            }
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL is required in CI but not reachable at " + SERVER, e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + SERVER + ": " + e.getMessage());
        }
        try (Connection c = DriverManager.getConnection(url(), USER, "");
             Statement s = c.createStatement()) {
            List<String> stale = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'sp\\_%'")) {
                while (rs.next()) {
                    stale.add(rs.getString(1));
                }
            }
            for (String schema : stale) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare " + DATABASE, e);
        }
        prepared = true;
    }

    /** A new, empty schema name for one test context. */
    public static String newSchema() {
        return "sp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
