package org.safepassage.ingest;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.safepassage.system.Failures;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A failure while processing a message, said without personal data: exception types, SQLStates and the code
 * location, never an exception's own message (a database's message quotes the values it refused: names, document
 * numbers). It carries no cause, so nothing that logs it can print the original text.
 *
 * <p>{@link #isTransient()} tells a failure that may pass (the database or the broker unreachable, a lock timeout,
 * a deadlock, a serialisation conflict: worth a redelivery) from one that will not (the data itself: a value the
 * database refuses, a defect: redelivering changes nothing, so the message is rejected with this reason at once).
 */
final class IngestFailure extends RuntimeException {

    /** SQLState classes that say the data or the statement is at fault: permanent. */
    private static final Set<String> PERMANENT_SQL_CLASSES = Set.of("21", "22", "23", "42", "44");
    /** SQLState classes that say the connection or the transaction failed: transient. */
    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "40", "53", "55", "57", "58", "HY");

    private final boolean transientFailure;

    private IngestFailure(String description, boolean transientFailure) {
        super(description, null, false, false);
        this.transientFailure = transientFailure;
    }

    /** Classifies and describes {@code failure} (an {@code IngestFailure} is returned as it is). */
    public static IngestFailure of(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof IngestFailure known) {
                return known;
            }
        }
        return new IngestFailure(describe(failure), isTransient(failure));
    }

    public boolean isTransient() {
        return transientFailure;
    }

    static boolean isTransient(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof IngestFailure known) {
                return known.isTransient();
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2) {
                String sqlClass = sql.getSQLState().substring(0, 2);
                if (PERMANENT_SQL_CLASSES.contains(sqlClass)) {
                    return false;
                }
                if (TRANSIENT_SQL_CLASSES.contains(sqlClass)) {
                    return true;
                }
            }
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException || t instanceof TransactionSystemException
                    || t instanceof jakarta.jms.JMSException || t instanceof org.springframework.jms.JmsException
                    || t instanceof java.net.ConnectException || t instanceof java.net.SocketException) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable failure) {
        return Failures.describe(failure);
    }
}
