package org.safepassage.system;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Says what failed without personal data: the chain of exception types (with SQLStates) and where in SafePassage's
 * code the first one was thrown, never an exception's own message (a database's message quotes the values it
 * refused: names, document numbers; a parser's quotes its input).
 */
public final class Failures {

    private Failures() {
    }

    /** E.g. {@code DataIntegrityViolationException <- JdbcSQLDataException [SQLState 22001] at ManifestStore.java:242}. */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        StackTraceElement where = null;
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null && seen.size() <= 6; t = t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                text.append(" [SQLState ").append(sql.getSQLState()).append(']');
            }
            if (where == null) {
                for (StackTraceElement frame : t.getStackTrace()) {
                    if (frame.getClassName().startsWith("org.safepassage.")) {
                        where = frame;
                        break;
                    }
                }
            }
        }
        if (where != null) {
            text.append(" at ").append(where.getFileName()).append(':').append(where.getLineNumber());
        }
        return text.toString();
    }
}
