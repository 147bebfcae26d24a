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

    private Endpoints() {
    }
}
