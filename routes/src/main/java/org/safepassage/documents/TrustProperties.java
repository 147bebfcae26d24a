package org.safepassage.documents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The trust anchors document reads are verified against ({@link TrustAnchors}).
 *
 * @param cscas              CSCA certificates (PEM, DER; link certificates too): files or folders
 * @param masterLists        ICAO or national CSCA master lists (CMS .ml files): files or folders
 * @param masterListSigners  the anchors master list signatures are checked with
 * @param crls               CRLs of the CSCAs: files or folders
 * @param reloadCheckPeriod  how often the folders are checked for changes (a change is loaded without restart)
 * @param requireRevocation  a document signer without a CRL for its CSCA makes the verdict INDETERMINATE
 * @param includeDemoAnchors add the demo's specimen CSCAs built into the jar (test keys: demo only)
 */
@ConfigurationProperties("safepassage.trust")
record TrustProperties(@DefaultValue("./config/trust/csca") List<Path> cscas,
                       @DefaultValue("./config/trust/master-lists") List<Path> masterLists,
                       @DefaultValue("./config/trust/master-list-signers") List<Path> masterListSigners,
                       @DefaultValue("./config/trust/crls") List<Path> crls,
                       @DefaultValue("30s") Duration reloadCheckPeriod,
                       @DefaultValue("false") boolean requireRevocation,
                       @DefaultValue("false") boolean includeDemoAnchors) {
}
