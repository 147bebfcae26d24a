package org.safepassage.mrtd.pa;

import java.util.Map;

import org.safepassage.mrtd.cms.SignedData;

/**
 * EF.SOD (Doc 9303 part 10 4.6.2): a CMS SignedData over an LDSSecurityObject.
 *
 * @param signedData       the CMS structure
 * @param ldsObjectVersion LDSSecurityObject version: 0 (LDS 1.7) or 1 (LDS 1.8, with version info)
 * @param hashAlgorithm    OID of the data group hash algorithm
 * @param dataGroupHashes  hash per data group number, in ascending order
 * @param ldsVersion       LDS version from LDSVersionInfo ("0108"), or null
 * @param unicodeVersion   Unicode version from LDSVersionInfo, or null
 */
public record Sod(SignedData signedData, int ldsObjectVersion, String hashAlgorithm,
                  Map<Integer, byte[]> dataGroupHashes, String ldsVersion, String unicodeVersion) {

    /** id-icao-mrtd-security-ldsSecurityObject. */
    public static final String ID_LDS_SECURITY_OBJECT = "2.23.136.1.1.1";

    @Override
    public String toString() {
        return "Sod[ldsObjectVersion=" + ldsObjectVersion + ", hashAlgorithm=" + hashAlgorithm
                + ", dataGroups=" + dataGroupHashes.keySet() + "]";
    }
}
