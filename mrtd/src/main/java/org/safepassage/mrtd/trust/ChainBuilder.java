package org.safepassage.mrtd.trust;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * Finds the CSCAs of a {@link TrustStore} whose key signed a DSC. Every CSCA certificate the
 * operator configured (file, folder or verified master list) is a trust anchor in its own right,
 * self-signed or a link certificate (a new CSCA key certified by the previous one): national lists
 * often carry the link certificate of the current key without the old CSCA, and real documents
 * are signed under such keys. A path is therefore {@code [DSC, CSCA]}; for a link certificate the
 * result also says whether its issuer is in the store and verifies it.
 *
 * <p>The CSCAs named by the DSC's authority key identifier are tried first; those under the DSC's
 * issuer name with another key only if none of them verifies (national stores keep a CSCA's whole
 * history under one name: trying every key cost the cold path several signature verifications).
 * Each key is verified once, however many certificates carry it.
 */
final class ChainBuilder {

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
                    "no CSCA in the trust store for issuer " + dsc.issuerName(), faults, Map.of());
        }
        List<Cert> named = new ArrayList<>(2);
        List<Cert> others = new ArrayList<>(2);
        for (Cert c : candidates) {
            (namesKey(dsc, c) ? named : others).add(c);
        }
        List<Cert> signers = signersAmong(dsc, named, store);
        if (signers.isEmpty()) {
            signers = signersAmong(dsc, others, store); // an authority key identifier that names no key we have
        }
        if (signers.isEmpty()) {
            if (named.isEmpty()) {
                // the DSC names a CSCA key the store does not have (e.g. a new key after a rollover
                // without its link certificate): trust cannot be established, nothing proved false
                return new ChainResult(ChainResult.Status.NO_ISSUER, List.of(),
                        "no CSCA in the trust store with the DSC's authority key identifier (CSCAs named "
                                + dsc.issuerName() + " have other keys)", faults, Map.of());
            }
            return new ChainResult(ChainResult.Status.SIGNATURE_INVALID, List.of(),
                    "DSC signature does not verify with the key of the CSCA it names (" + dsc.issuerName() + ", "
                            + candidates.size() + " candidate(s))", faults, Map.of());
        }
        // self-signed CSCAs first: the usual anchor; link certificates after them
        signers.sort((a, b) -> Boolean.compare(!a.isSelfSigned(), !b.isSelfSigned()));
        List<List<Cert>> paths = new ArrayList<>(signers.size());
        Map<Cert, ChainResult.Link> links = new HashMap<>();
        for (Cert csca : signers) {
            paths.add(List.of(dsc, csca));
            if (!csca.isSelfSigned()) {
                links.put(csca, store.link(csca));
            }
        }
        KeyUsage cku = signers.get(0).keyUsage();
        if (cku != null && !cku.hasUsages(KeyUsage.keyCertSign)) {
            faults.add("CSCA " + signers.get(0).subjectName() + " key usage lacks keyCertSign");
        }
        return new ChainResult(ChainResult.Status.TRUSTED, paths, "", faults, links);
    }

    /** The certificates among {@code cscas} whose key verifies the DSC's signature (each key tried once). */
    private static List<Cert> signersAmong(Cert dsc, List<Cert> cscas, TrustStore store) {
        List<Cert> out = new ArrayList<>(1);
        Set<String> rejected = new HashSet<>();
        Set<String> accepted = new HashSet<>();
        for (Cert c : cscas) {
            String key = c.keyFingerprint();
            if (accepted.contains(key)) {
                out.add(c);
            } else if (!rejected.contains(key)) {
                if (store.signed(c, dsc)) {
                    accepted.add(key);
                    out.add(c);
                } else {
                    rejected.add(key);
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code csca} carries the key the certificate names: its subject key identifier equals
     * the authority key identifier, or one of them is missing (then the name is the claim).
     */
    static boolean namesKey(Cert cert, Cert csca) {
        byte[] aki = cert.authorityKeyId();
        byte[] ski = csca.subjectKeyId();
        return aki == null || ski == null || Arrays.equals(aki, ski);
    }
}
