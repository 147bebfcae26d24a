package org.safepassage.mrtd.report;

import java.time.Instant;
import java.util.List;

import org.safepassage.mrtd.report.ChipProtocols;

/**
 * Facts extracted while verifying (all may be null when the source was missing or unreadable).
 *
 * @param issuingState       from DG1 (MRZ code, fillers removed)
 * @param documentCode       from DG1 ("P", "ID", ...)
 * @param documentNumber     from DG1; personal data: never log it
 * @param ldsVersion         "1.7" or "1.8 (0108)"
 * @param hashAlgorithm      data group hash algorithm of the SOD
 * @param signatureAlgorithm SOD signature scheme as verified
 * @param dscSubject         Document Signer subject
 * @param cscaSubject        trusted CSCA subject the DSC chains to
 * @param dataGroupsInSod    data groups the SOD lists
 * @param dataGroupsRead     data groups supplied
 * @param chipProtocols      protocols DG14 advertises, or null without DG14
 * @param activeAuthenticationSupported DG15 present
 * @param verifiedAt         the verification instant
 */
public record DocumentFacts(String issuingState, String documentCode, String documentNumber, String ldsVersion,
                            String hashAlgorithm, String signatureAlgorithm, String dscSubject, String cscaSubject,
                            List<Integer> dataGroupsInSod, List<Integer> dataGroupsRead, ChipProtocols chipProtocols,
                            boolean activeAuthenticationSupported, Instant verifiedAt) {

    public DocumentFacts {
        dataGroupsInSod = dataGroupsInSod == null ? List.of() : List.copyOf(dataGroupsInSod);
        dataGroupsRead = dataGroupsRead == null ? List.of() : List.copyOf(dataGroupsRead);
    }

    @Override
    public String toString() {
        return "DocumentFacts[issuingState=" + issuingState + ", lds=" + ldsVersion + ", hash=" + hashAlgorithm
                + ", signature=" + signatureAlgorithm + ", dataGroupsRead=" + dataGroupsRead + "]";
    }
}
