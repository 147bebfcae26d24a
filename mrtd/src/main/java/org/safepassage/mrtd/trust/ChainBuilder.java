package org.safepassage.mrtd.trust;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * Builds paths from a DSC to a self-signed CSCA in a {@link TrustStore}, through link certificates
 * (a new CSCA key certified by the old CSCA) where needed. Issuers are found by authority key
 * identifier and by issuer name; every signature is verified with Bouncy Castle over the
 * certificate bytes as issued.
 */
final class ChainBuilder {

    private static final int MAX_LINKS = 4;

    private ChainBuilder() {
    }

    static ChainResult build(Cert dsc, TrustStore store) {
        List<String> faults = new ArrayList<>(1);
        KeyUsage ku = dsc.keyUsage();
        if (ku != null && !ku.hasUsages(KeyUsage.digitalSignature)) {
            faults.add("DSC key usage lacks digitalSignature");
        }
        List<Cert> candidates = store.issuersOf(dsc);
        if (candidates.isEmpty()) {
            return new ChainResult(ChainResult.Status.NO_ISSUER, List.of(),
                    "no CSCA in the trust store for issuer " + dsc.issuerName(), faults);
        }
        List<List<Cert>> paths = new ArrayList<>(1);
        boolean anyVerified = false;
        for (Cert issuer : candidates) {
            if (!dsc.isSignedBy(issuer.publicKey())) {
                continue;
            }
            anyVerified = true;
            for (List<Cert> up : pathsFrom(issuer, store, 0, new LinkedHashSet<>(List.of(dsc)))) {
                List<Cert> p = new ArrayList<>(up.size() + 1);
                p.add(dsc);
                p.addAll(up);
                paths.add(List.copyOf(p));
            }
        }
        if (!anyVerified) {
            if (!namedByKeyId(dsc, candidates)) {
                // the DSC names a CSCA key the store does not have (e.g. a new key after a rollover
                // without its link certificate): trust cannot be established, nothing proved false
                return new ChainResult(ChainResult.Status.NO_ISSUER, List.of(),
                        "no CSCA in the trust store with the DSC's authority key identifier (CSCAs named "
                                + dsc.issuerName() + " have other keys)", faults);
            }
            return new ChainResult(ChainResult.Status.SIGNATURE_INVALID, List.of(),
                    "DSC signature does not verify with the key of the CSCA it names (" + dsc.issuerName() + ", "
                            + candidates.size() + " candidate(s))", faults);
        }
        if (paths.isEmpty()) {
            return new ChainResult(ChainResult.Status.NO_PATH, List.of(),
                    "DSC is signed by a CSCA key that does not chain to a self-signed CSCA in the trust store", faults);
        }
        for (Cert ca : paths.get(0).subList(1, paths.get(0).size())) {
            KeyUsage cku = ca.keyUsage();
            if (cku != null && !cku.hasUsages(KeyUsage.keyCertSign)) {
                faults.add("CSCA " + ca.subjectName() + " key usage lacks keyCertSign");
            }
        }
        return new ChainResult(ChainResult.Status.TRUSTED, paths, "", faults);
    }

    /**
     * Whether one of the candidates is the issuer the DSC claims by key identifier (or the DSC or
     * candidate carries no key identifier, so the name is the claim).
     */
    private static boolean namedByKeyId(Cert dsc, List<Cert> candidates) {
        byte[] aki = dsc.authorityKeyId();
        if (aki == null) {
            return true;
        }
        for (Cert c : candidates) {
            byte[] ski = c.subjectKeyId();
            if (ski == null || java.util.Arrays.equals(ski, aki)) {
                return true;
            }
        }
        return false;
    }

    /** Paths from {@code ca} (inclusive) to a self-signed CSCA. */
    private static List<List<Cert>> pathsFrom(Cert ca, TrustStore store, int depth, Set<Cert> visited) {
        List<List<Cert>> out = new ArrayList<>(1);
        if (ca.isSelfSigned()) {
            out.add(List.of(ca));
            return out;
        }
        if (depth >= MAX_LINKS || !visited.add(ca)) {
            return out;
        }
        for (Cert up : store.issuersOf(ca)) {
            if (visited.contains(up) || up.equals(ca) || !ca.isSignedBy(up.publicKey())) {
                continue;
            }
            for (List<Cert> rest : pathsFrom(up, store, depth + 1, visited)) {
                List<Cert> p = new ArrayList<>(rest.size() + 1);
                p.add(ca);
                p.addAll(rest);
                out.add(p);
            }
        }
        visited.remove(ca);
        return out;
    }
}
