package org.safepassage.mrtd.trust;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.asn1.x509.TBSCertList;
import org.bouncycastle.util.Properties;
import org.safepassage.mrtd.cms.Der;
import org.safepassage.mrtd.cms.DerException;
import org.safepassage.mrtd.crypto.SignatureSpec;

/** A certificate revocation list, parsed leniently, with its revoked serial numbers indexed. */
public final class CrlInfo {

    private final X500Name issuer;
    private final String issuerKey;
    private final byte[] authorityKeyId;
    private final Instant thisUpdate;
    private final Instant nextUpdate;
    private final Map<BigInteger, Instant> revoked;
    private final byte[] encoded;
    private final int tbsOffset;
    private final int tbsEnd;
    private final String sigAlgOid;
    private final byte[] sigAlgParams;
    private final byte[] signature;

    private CrlInfo(byte[] encoded) throws GeneralSecurityException {
        this.encoded = encoded;
        boolean prev = Properties.setThreadOverride("org.bouncycastle.asn1.allow_unsafe_integer", true);
        try {
            List<Der> parts = Der.parse(encoded).expect(Der.SEQUENCE, "CertificateList").children();
            if (parts.size() != 3) {
                throw new GeneralSecurityException("CertificateList must have 3 elements");
            }
            Der tbs = parts.get(0).expect(Der.SEQUENCE, "TBSCertList");
            tbsOffset = tbs.start;
            tbsEnd = tbs.end;
            List<Der> alg = parts.get(1).expect(Der.SEQUENCE, "signatureAlgorithm").children();
            sigAlgOid = alg.get(0).oid();
            sigAlgParams = alg.size() > 1 && alg.get(1).tag != Der.NULL ? alg.get(1).encoded() : null;
            byte[] bits = parts.get(2).expect(Der.BIT_STRING, "signatureValue").value();
            signature = java.util.Arrays.copyOfRange(bits, Math.min(1, bits.length), bits.length);
            CertificateList cl = CertificateList.getInstance(ASN1Primitive.fromByteArray(encoded));
            issuer = cl.getIssuer();
            issuer.toString();
            issuerKey = Names.canonical(issuer);
            thisUpdate = cl.getThisUpdate().getDate().toInstant();
            nextUpdate = cl.getNextUpdate() == null ? null : cl.getNextUpdate().getDate().toInstant();
            Map<BigInteger, Instant> r = new HashMap<>();
            TBSCertList.CRLEntry[] entries = cl.getRevokedCertificates();
            for (TBSCertList.CRLEntry e : entries) {
                r.put(e.getUserCertificate().getValue(), e.getRevocationDate().getDate().toInstant());
            }
            revoked = Map.copyOf(r);
            AuthorityKeyIdentifier aki = cl.getTBSCertList().getExtensions() == null ? null
                    : AuthorityKeyIdentifier.fromExtensions(cl.getTBSCertList().getExtensions());
            authorityKeyId = aki == null ? null : aki.getKeyIdentifier();
        } catch (IOException | DerException | IllegalArgumentException | IllegalStateException | ClassCastException
                 | IndexOutOfBoundsException | NullPointerException e) {
            throw new GeneralSecurityException("malformed CRL: " + e.getMessage(), e);
        } finally {
            Properties.setThreadOverride("org.bouncycastle.asn1.allow_unsafe_integer", prev);
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
        try {
            Der params = sigAlgParams == null ? null : Der.parse(sigAlgParams);
            return SignatureSpec.resolve(sigAlgOid, params, null)
                    .verify(csca.publicKey(), encoded, tbsOffset, tbsEnd - tbsOffset, signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
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
