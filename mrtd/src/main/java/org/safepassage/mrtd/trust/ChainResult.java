package org.safepassage.mrtd.trust;

import java.util.List;
import java.util.Map;

/**
 * The time-independent part of validating a DSC: the trusted CSCAs whose key signed it (each a
 * path {@code [DSC, CSCA]}, self-signed CSCAs first), or why there is none. Validity at the
 * verification instant, the issuing-state check and revocation are evaluated per document on top.
 *
 * @param links for each CSCA in the paths that is a link certificate: its issuer in the store
 */
public record ChainResult(Status status, List<List<Cert>> paths, String detail, List<String> faults,
                          Map<Cert, Link> links) {

    /**
     * Where a link certificate's issuer (the previous CSCA key) stands in the store.
     *
     * @param issuer   the CSCA in the store whose key issued the link certificate (or that its
     *                 authority key identifier names), null if there is none
     * @param verifies whether that CSCA's key verifies the link certificate's signature
     */
    public record Link(Cert issuer, boolean verifies) {
    }

    public enum Status {
        /** At least one trusted CSCA (self-signed or link certificate) whose key verifies the DSC. */
        TRUSTED,
        /** A CSCA with the DSC's issuer name and key identifier exists, but its key does not verify the DSC. */
        SIGNATURE_INVALID,
        /** No CSCA in the store for the DSC's issuer (name or key). */
        NO_ISSUER
    }

    public ChainResult {
        paths = List.copyOf(paths);
        faults = List.copyOf(faults);
        links = Map.copyOf(links);
    }
}
