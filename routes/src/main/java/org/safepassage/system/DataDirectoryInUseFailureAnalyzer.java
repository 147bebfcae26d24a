package org.safepassage.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A second service on the same data directory: one line saying which process holds it, no stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryLock.DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryLock.DataDirectoryInUseException cause) {
        return new FailureAnalysis("Refusing to start: the data directory " + cause.directory()
                + " is in use by another SafePassage process (" + cause.holder() + ").",
                "Stop that process first, or start this one with its own data directory (--safepassage.data-dir=...).",
                cause);
    }
}
