package org.safepassage.mrtd.report;

import java.util.List;

/**
 * The protocols a chip supports according to DG14's SecurityInfos (Doc 9303 part 11 section 9.2):
 * Chip Authentication (and its public key), PACE, Terminal Authentication, and the signature
 * algorithm for ECDSA Active Authentication. See {@link Dg14}.
 *
 * @param chipAuthentication        a ChipAuthenticationInfo or ChipAuthenticationPublicKeyInfo is present
 * @param pace                      a PACEInfo is present
 * @param terminalAuthentication    a TerminalAuthenticationInfo is present
 * @param activeAuthenticationInfo  an ActiveAuthenticationInfo is present
 * @param aaSignatureAlgorithm      its signature algorithm OID, or null
 * @param protocolOids              every protocol OID, in order
 */
public record ChipProtocols(boolean chipAuthentication, boolean pace, boolean terminalAuthentication,
                            boolean activeAuthenticationInfo, String aaSignatureAlgorithm, List<String> protocolOids) {

    static final String ID_PK = "0.4.0.127.0.7.2.2.1.";
    static final String ID_TA = "0.4.0.127.0.7.2.2.2";
    static final String ID_CA = "0.4.0.127.0.7.2.2.3.";
    static final String ID_PACE = "0.4.0.127.0.7.2.2.4.";
    public static final String ID_AA = "2.23.136.1.1.5";

    public ChipProtocols {
        protocolOids = List.copyOf(protocolOids);
    }

    /** The protocols named by these SecurityInfo OIDs, with the AA signature algorithm (or null). */
    public static ChipProtocols of(List<String> oids, String aaSignatureAlgorithm) {
        boolean ca = false;
        boolean pace = false;
        boolean ta = false;
        boolean aa = false;
        for (String oid : oids) {
            if (oid.startsWith(ID_CA) || oid.startsWith(ID_PK)) {
                ca = true;
            } else if (oid.startsWith(ID_PACE)) {
                pace = true;
            } else if (oid.equals(ID_TA) || oid.startsWith(ID_TA + ".")) {
                ta = true;
            } else if (oid.equals(ID_AA)) {
                aa = true;
            }
        }
        return new ChipProtocols(ca, pace, ta, aa, aaSignatureAlgorithm, oids);
    }
}
