package org.safepassage.mrtd.pa;

import java.util.List;

import org.safepassage.mrtd.report.Check;

/**
 * Passive Authentication checks and what was learned on the way.
 *
 * @param checks              sod.parse, sod.profile, sod.signature, dsc.chain, dsc.validity,
 *                            dsc.revocation and dg&lt;N&gt;.hash, in that order
 * @param ldsVersion          "1.7", "1.8" (with the version info), or null if the SOD did not parse
 * @param hashAlgorithm       data group hash algorithm ("SHA-256"), or null
 * @param signatureAlgorithm  the SOD signature scheme as verified, or null
 * @param dscSubject          DSC subject name, or null
 * @param cscaSubject         subject of the trusted CSCA the DSC chains to, or null
 * @param dataGroupsInSod     data group numbers the SOD lists
 */
public record PaResult(List<Check> checks, String ldsVersion, String hashAlgorithm, String signatureAlgorithm,
                       String dscSubject, String cscaSubject, List<Integer> dataGroupsInSod) {

    public PaResult {
        checks = List.copyOf(checks);
        dataGroupsInSod = List.copyOf(dataGroupsInSod);
    }
}
