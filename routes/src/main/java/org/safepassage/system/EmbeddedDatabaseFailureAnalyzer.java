package org.safepassage.system;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start that fails because the embedded H2 database file cannot be opened by this release's H2 says so in one
 * line, with the documented way out, instead of a stack trace: a file written by an H2 version this one cannot read
 * (error 90048), or a file that is damaged, not a database at all or not readable (90030, 90028). Every SafePassage release so far wrote files that
 * the H2 of this release opens (tested from the release before Spring Boot 4, README, Platform).
 */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    static final int FILE_VERSION_ERROR = 90048;
    static final int FILE_CORRUPTED = 90030;
    static final int IO_EXCEPTION = 90028;

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (!cause.getClass().getName().startsWith("org.h2.")) {
            return null;
        }
        if (cause.getErrorCode() == FILE_VERSION_ERROR) {
            return new FailureAnalysis("The embedded database file in <data-dir>/db was written by an H2 version this "
                    + "release cannot open (H2 error 90048).",
                    "Export it with the H2 version that wrote it and import it with this one, as the README says under "
                    + "Platform, 'Upgrading an embedded database'.", cause);
        }
        if (cause.getErrorCode() == FILE_CORRUPTED || cause.getErrorCode() == IO_EXCEPTION) {
            return new FailureAnalysis("The embedded database file in <data-dir>/db cannot be read: it is damaged, "
                    + "not an H2 database, or not readable by this process (H2 error " + cause.getErrorCode() + ").",
                    "Check the file's owner and permissions; if it is damaged, restore the data directory from its "
                    + "backup (README, Where data lives).", cause);
        }
        return null;
    }
}
