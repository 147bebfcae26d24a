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

    /** SQLState classes that say the data or the statement is at fault: permanent. */
    private static final java.util.Set<String> PERMANENT_SQL_CLASSES = java.util.Set.of("21", "22", "23", "42", "44");
    /** SQLState classes that say the connection or the transaction failed: transient. */
    private static final java.util.Set<String> TRANSIENT_SQL_CLASSES = java.util.Set.of("08", "40", "53", "55", "57", "58", "HY");

    private Failures() {
    }

    /**
     * Whether {@code failure} may pass (the database or the broker unreachable, a lock timeout, a deadlock, a
     * serialisation conflict: worth a redelivery) rather than not (the data itself: a value the database refuses, a
     * defect: redelivering changes nothing).
     */
    public static boolean isTransient(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2) {
                String sqlClass = sql.getSQLState().substring(0, 2);
                if (PERMANENT_SQL_CLASSES.contains(sqlClass)) {
                    return false;
                }
                if (TRANSIENT_SQL_CLASSES.contains(sqlClass)) {
                    return true;
                }
            }
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof org.springframework.dao.TransientDataAccessException
                    || t instanceof org.springframework.dao.RecoverableDataAccessException
                    || t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof org.springframework.transaction.TransactionSystemException
                    || t instanceof jakarta.jms.JMSException || t instanceof org.springframework.jms.JmsException
                    || t instanceof java.net.ConnectException || t instanceof java.net.SocketException) {
                return true;
            }
        }
        return false;
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
