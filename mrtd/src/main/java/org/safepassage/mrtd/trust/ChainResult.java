package org.safepassage.mrtd.trust;

import java.util.List;

/**
 * The time-independent part of validating a DSC to a CSCA: which trusted paths exist (DSC, any
 * link certificates, self-signed CSCA), or why none does. Validity at the verification instant,
 * the issuing-state check and revocation are evaluated per document on top of this.
 */
public record ChainResult(Status status, List<List<Cert>> paths, String detail, List<String> faults) {

    public enum Status {
        /** At least one path to a trusted CSCA whose signatures all verify. */
        TRUSTED,
        /** A CSCA with the DSC's issuer name or key identifier exists, but its key does not verify the DSC. */
        SIGNATURE_INVALID,
        /** No CSCA in the store for the DSC's issuer. */
        NO_ISSUER,
        /** Issuers verify, but no path ends at a self-signed CSCA (e.g. a link certificate without its old CSCA). */
        NO_PATH
    }

    public ChainResult {
        paths = List.copyOf(paths);
        faults = List.copyOf(faults);
    }
}
