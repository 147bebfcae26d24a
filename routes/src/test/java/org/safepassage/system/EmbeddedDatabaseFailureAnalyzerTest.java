package org.safepassage.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safepassage.SafePassageApplication;
import org.safepassage.testing.TestDataDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** An embedded database file this release's H2 cannot open stops the start with what to do, not a stack trace. */
class EmbeddedDatabaseFailureAnalyzerTest {

    private final EmbeddedDatabaseFailureAnalyzer analyzer = new EmbeddedDatabaseFailureAnalyzer();

    @Test
    void aFileWrittenByAnH2ThisReleaseCannotReadNamesTheWayOut() {
        SQLException h2 = org.h2.message.DbException.get(EmbeddedDatabaseFailureAnalyzer.FILE_VERSION_ERROR, "x")
                .getSQLException();
        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("start failed", h2));
        assertThat(analysis.getDescription()).contains("written by an H2 version this release cannot open");
        assertThat(analysis.getAction()).contains("Upgrading an embedded database");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aDataDirectoryWhoseDatabaseFileIsDamagedRefusesToStartWithTheReason(CapturedOutput output) throws Exception {
        Path data = TestDataDirectory.newDirectory();
        Files.createDirectories(data.resolve("db"));
        Files.write(data.resolve("db/safepassage.mv.db"), new byte[] {'n', 'o', 't', ' ', 'h', '2'});
        assertThatThrownBy(() -> new SpringApplicationBuilder(SafePassageApplication.class)
                .run("--safepassage.data-dir=" + data, "--server.port=0").close());
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("cannot be read: it is damaged, not an H2 database, or not readable by this process");
        // the same file through the driver: the error the analyzer reads
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db/safepassage")).close())
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getErrorCode()).isIn(EmbeddedDatabaseFailureAnalyzer.FILE_CORRUPTED,
                                EmbeddedDatabaseFailureAnalyzer.IO_EXCEPTION));
    }
}
