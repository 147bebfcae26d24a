package org.safepassage.mrtd.trust;

import java.nio.file.Path;
import java.util.List;

/**
 * Files and folders a trust store is loaded from.
 *
 * @param cscas             CSCA (and optionally DSC) certificates: PEM, DER or hex files, or folders of them
 * @param masterLists       CSCA master lists (CMS-signed .ml files), or folders of them
 * @param masterListSigners trust anchors for master list signatures (e.g. the issuing state's CSCA)
 * @param crls              CRLs (DER/PEM files or folders)
 */
public record TrustStoreConfig(List<Path> cscas, List<Path> masterLists, List<Path> masterListSigners, List<Path> crls) {

    public TrustStoreConfig {
        cscas = cscas == null ? List.of() : List.copyOf(cscas);
        masterLists = masterLists == null ? List.of() : List.copyOf(masterLists);
        masterListSigners = masterListSigners == null ? List.of() : List.copyOf(masterListSigners);
        crls = crls == null ? List.of() : List.copyOf(crls);
    }

    public TrustStore load() {
        return load(new CertificateMemory());
    }

    /** Loads, decoding with (and handing the store) {@code memory}, shared with earlier loads. */
    public TrustStore load(CertificateMemory memory) {
        TrustStore.Builder b = TrustStore.builder().memory(memory);
        cscas.forEach(b::addCertificates);
        masterListSigners.forEach(b::addMasterListSigners);
        masterLists.forEach(b::addMasterLists);
        crls.forEach(b::addCrls);
        return b.build();
    }
}
