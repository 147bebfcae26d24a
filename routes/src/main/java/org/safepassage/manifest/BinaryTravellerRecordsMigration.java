package org.safepassage.manifest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.smile.SmileMapper;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 7.1: traveller records stored as JSON text ({@code api_data}, {@code pnr_data}) are converted to the
 * binary form of the same documents ({@code api_record}, {@code pnr_record}, Smile; see {@link TravellerRecordCodec}),
 * document for document (no field is added, dropped or re-read through the model). Migration 7 adds the new
 * columns, 7.2 drops the old ones. No DDL here, so the conversion is one transaction on H2 as on PostgreSQL: an
 * interrupted start leaves nothing half-converted. Runs with the SQL migrations (Spring Boot hands Flyway every
 * {@link JavaMigration} bean).
 */
@Component
public class BinaryTravellerRecordsMigration implements JavaMigration {

    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7.1");
    }

    @Override
    public String getDescription() {
        return "convert traveller records to Smile";
    }

    @Override
    public Integer getChecksum() {
        return 7_001_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        ObjectMapper json = new JsonMapper();
        ObjectMapper smile = new SmileMapper();
        try (PreparedStatement select = connection.prepareStatement(
                     "SELECT traveller_id, api_data, pnr_data FROM traveller WHERE api_data IS NOT NULL OR pnr_data IS NOT NULL");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE traveller SET api_record = ?, pnr_record = ? WHERE traveller_id = ?")) {
            select.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    update.setBytes(1, binary(rows.getString(2), json, smile));
                    update.setBytes(2, binary(rows.getString(3), json, smile));
                    update.setString(3, rows.getString(1));
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }

    private static byte[] binary(String text, ObjectMapper json, ObjectMapper smile) throws Exception {
        return text == null ? null : smile.writeValueAsBytes(json.readTree(text));
    }
}
