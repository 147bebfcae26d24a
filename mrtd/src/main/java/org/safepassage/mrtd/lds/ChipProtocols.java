package org.safepassage.mrtd.lds;

import java.util.ArrayList;
import java.util.List;

import org.safepassage.mrtd.cms.Der;
import org.safepassage.mrtd.cms.DerException;

/**
 * The protocols a chip supports according to DG14's SecurityInfos (Doc 9303 part 11 section 9.2):
 * Chip Authentication (and its public key), PACE, Terminal Authentication, and the signature
 * algorithm for ECDSA Active Authentication. Reads only the protocol OIDs: no key decoding.
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

    private static final String ID_PK = "0.4.0.127.0.7.2.2.1.";
    private static final String ID_TA = "0.4.0.127.0.7.2.2.2";
    private static final String ID_CA = "0.4.0.127.0.7.2.2.3.";
    private static final String ID_PACE = "0.4.0.127.0.7.2.2.4.";
    private static final String ID_AA = "2.23.136.1.1.5";
    private static final int DG14_TAG = 0x6E;

    public ChipProtocols {
        protocolOids = List.copyOf(protocolOids);
    }

    /** Parses DG14 (tag 0x6E around a SET OF SecurityInfo). Throws {@link DerException} if malformed. */
    public static ChipProtocols parseDg14(byte[] dg14) {
        Der outer = Der.parse(dg14);
        if (outer.tag != DG14_TAG) {
            throw new DerException("DG14 must start with tag 0x6E, found 0x" + Integer.toHexString(outer.tag));
        }
        Der set = outer.first().expect(Der.SET, "SecurityInfos");
        boolean ca = false;
        boolean pace = false;
        boolean ta = false;
        boolean aa = false;
        String aaAlg = null;
        List<String> oids = new ArrayList<>();
        for (Der info : set.children()) {
            List<Der> f = info.expect(Der.SEQUENCE, "SecurityInfo").children();
            if (f.isEmpty()) {
                throw new DerException("SecurityInfo: empty");
            }
            String oid = f.get(0).oid();
            oids.add(oid);
            if (oid.startsWith(ID_CA) || oid.startsWith(ID_PK)) {
                ca = true;
            } else if (oid.startsWith(ID_PACE)) {
                pace = true;
            } else if (oid.equals(ID_TA) || oid.startsWith(ID_TA + ".")) {
                ta = true;
            } else if (oid.equals(ID_AA)) {
                aa = true;
                if (f.size() > 2 && f.get(2).tag == Der.OID) {
                    aaAlg = f.get(2).oid();
                }
            }
        }
        return new ChipProtocols(ca, pace, ta, aa, aaAlg, oids);
    }
}
