package org.safepassage.mrtd.trust;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.asn1.x509.TBSCertList;

/** A certificate revocation list decoded by Bouncy Castle, with its revoked serial numbers indexed. */
public final class CrlInfo {

    private final X500Name issuer;
    private final String issuerKey;
    private final byte[] authorityKeyId;
    private final Instant thisUpdate;
    private final Instant nextUpdate;
    private final Map<BigInteger, Instant> revoked;
    private final SignedStructure signed;

    private CrlInfo(byte[] encoded) throws GeneralSecurityException {
        CertificateList cl = SignedStructure.decode(encoded, "CRL", CertificateList::getInstance);
        signed = SignedStructure.of(encoded, cl.getSignatureAlgorithm(), cl.getSignature());
        try {
            issuer = cl.getIssuer();
            issuer.toString();
            issuerKey = Names.canonical(issuer);
            thisUpdate = cl.getThisUpdate().getDate().toInstant();
            nextUpdate = cl.getNextUpdate() == null ? null : cl.getNextUpdate().getDate().toInstant();
            Map<BigInteger, Instant> r = new HashMap<>();
            for (TBSCertList.CRLEntry e : cl.getRevokedCertificates()) {
                r.put(e.getUserCertificate().getValue(), e.getRevocationDate().getDate().toInstant());
            }
            revoked = Map.copyOf(r);
            AuthorityKeyIdentifier aki = cl.getTBSCertList().getExtensions() == null ? null
                    : AuthorityKeyIdentifier.fromExtensions(cl.getTBSCertList().getExtensions());
            authorityKeyId = aki == null ? null : aki.getKeyIdentifier();
        } catch (RuntimeException e) {
            throw new GeneralSecurityException("malformed CRL: " + e.getMessage(), e);
        }
    }

    public static CrlInfo parse(byte[] encoded) throws GeneralSecurityException {
        if (encoded == null || encoded.length == 0) {
            throw new GeneralSecurityException("empty CRL");
        }
        return new CrlInfo(encoded.clone());
    }

    /** Whether the CRL's signature verifies with the given CSCA's key. */
    public boolean isSignedBy(Cert csca) {
        return signed.isSignedBy(csca.publicKey());
    }

    public X500Name issuer() {
        return issuer;
    }

    String issuerKey() {
        return issuerKey;
    }

    public byte[] authorityKeyId() {
        return authorityKeyId == null ? null : authorityKeyId.clone();
    }

    public Instant thisUpdate() {
        return thisUpdate;
    }

    /** May be null. */
    public Instant nextUpdate() {
        return nextUpdate;
    }

    /** Revocation date of {@code serial}, or null if not listed. */
    public Instant revocationDate(BigInteger serial) {
        return revoked.get(serial);
    }

    public int size() {
        return revoked.size();
    }
}
