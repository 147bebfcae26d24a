package org.safepassage.system;

/**
 * The configured endpoints as the routes name them: Camel property placeholders of {@link EndpointProperties}'
 * keys, resolved when the routes start.
 */
public final class Endpoints {

    public static final String PAXLST_IN = "{{safepassage.endpoints.paxlst-in}}";
    public static final String PNRGOV_IN = "{{safepassage.endpoints.pnrgov-in}}";
    public static final String REFERRALS_OUT = "{{safepassage.endpoints.referrals-out}}";
    public static final String DEAD_LETTER = "{{safepassage.endpoints.dead-letter}}";
    public static final String DOCUMENT_READS_IN = "{{safepassage.endpoints.document-reads-in}}";
    /**
     * Where flights whose data changed (a message applied, a document read joined) are handed over, to be assessed
     * off the caller's thread; flights handed over twice before their turn are assessed once.
     */
    public static final String ASSESS_FLIGHTS = "seda:assess";
    /**
     * Hands flights to {@link #ASSESS_FLIGHTS} without waiting and without blocking when its queue is full (the
     * referral sweep finds any flight whose data is newer than its last assessment).
     */
    public static final String ASSESS_FLIGHTS_HANDOVER = ASSESS_FLIGHTS
            + "?blockWhenFull=false&discardWhenFull=true&waitForTaskToComplete=Never";
    /** The header that says why a message or event went to the dead-letter destination (no personal data). */
    public static final String REJECT_REASON = "SafePassageRejectReason";

    private Endpoints() {
    }
}
