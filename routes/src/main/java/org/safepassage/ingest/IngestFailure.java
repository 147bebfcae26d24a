package org.safepassage.ingest;

import java.util.IdentityHashMap;
import java.util.Map;

import org.safepassage.system.Failures;

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
        }
        return Failures.isTransient(failure);
    }

    static String describe(Throwable failure) {
        return Failures.describe(failure);
    }
}
