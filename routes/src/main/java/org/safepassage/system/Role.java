package org.safepassage.system;

/** The roles SafePassage knows. */
public enum Role {
    /** A system that submits passenger data or document reads. */
    INGEST,
    /** A border officer who works referrals. */
    OFFICER,
    /** A supervising officer. */
    SUPERVISOR,
    /** An auditor who reviews what every route did with every message. */
    AUDITOR,
    /** A metrics scraper (Prometheus): operational metrics only, no personal data. */
    METRICS
}
