package org.safepassage.mrtd.trust;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.util.Properties;
import org.safepassage.mrtd.cms.Der;
import org.safepassage.mrtd.cms.DerException;
import org.safepassage.mrtd.crypto.Crypto;
import org.safepassage.mrtd.crypto.PublicKeys;
import org.safepassage.mrtd.crypto.SignatureSpec;

/**
 * An X.509 certificate (CSCA, link certificate, DSC, master list signer) parsed leniently and
 * kept with its exact bytes. Signatures are verified over the TBSCertificate bytes as issued, not
 * a re-encoding, so certificates with non-DER encodings (seen in master lists) still verify.
 * Negative and zero-padded serial numbers are accepted. Immutable and thread-safe.
 */
public final class Cert {

    private final byte[] encoded;
    private final int hash;
    private final X500Name subject;
    private final X500Name issuer;
    private final BigInteger serialNumber;
    private final Instant notBefore;
    private final Instant notAfter;
    private final byte[] subjectKeyId;
    private final byte[] authorityKeyId;
    private final KeyUsage keyUsage;
    private final BasicConstraints basicConstraints;
    private final PublicKey publicKey;
    private final int tbsOffset;
    private final int tbsEnd;
    private final String sigAlgOid;
    private final byte[] sigAlgParams;
    private final byte[] signature;
    private final String fingerprint;
    private final String subjectText;
    private final String validityText;
    private final String country;
    private final String subjectKey;
    private final String issuerKey;
    private final String issuerCountry;
    private final String issuerText;
    private volatile Boolean selfSigned;

    private Cert(byte[] encoded) throws GeneralSecurityException {
        this.encoded = encoded;
        this.hash = Arrays.hashCode(encoded);
        Certificate c;
        boolean prev = Properties.setThreadOverride("org.bouncycastle.asn1.allow_unsafe_integer", true);
        try {
            Der outer = Der.parse(encoded).expect(Der.SEQUENCE, "Certificate");
            List<Der> parts = outer.children();
            if (parts.size() != 3) {
                throw new GeneralSecurityException("Certificate must have 3 elements, has " + parts.size());
            }
            Der tbs = parts.get(0).expect(Der.SEQUENCE, "TBSCertificate");
            tbsOffset = tbs.start;
            tbsEnd = tbs.end;
            List<Der> alg = parts.get(1).expect(Der.SEQUENCE, "signatureAlgorithm").children();
            sigAlgOid = alg.get(0).oid();
            sigAlgParams = alg.size() > 1 && alg.get(1).tag != Der.NULL ? alg.get(1).encoded() : null;
            byte[] bits = parts.get(2).expect(Der.BIT_STRING, "signatureValue").value();
            if (bits.length < 1) {
                throw new GeneralSecurityException("empty signature");
            }
            signature = Arrays.copyOfRange(bits, 1, bits.length);
            c = Certificate.getInstance(ASN1Primitive.fromByteArray(encoded));
        } catch (IOException | DerException | IllegalArgumentException | IllegalStateException | ClassCastException
                 | IndexOutOfBoundsException e) {
            throw new GeneralSecurityException("malformed certificate: " + e.getMessage(), e);
        } finally {
            Properties.setThreadOverride("org.bouncycastle.asn1.allow_unsafe_integer", prev);
        }
        subject = c.getSubject();
        issuer = c.getIssuer();
        try { // names with invalid string encodings make X500Name throw later: reject them here
            subjectText = subject.toString();
            issuerText = issuer.toString();
            subject.hashCode();
            issuer.hashCode();
        } catch (RuntimeException e) {
            throw new GeneralSecurityException("malformed certificate name: " + e.getMessage(), e);
        }
        serialNumber = c.getSerialNumber().getValue();
        notBefore = c.getStartDate().getDate().toInstant();
        notAfter = c.getEndDate().getDate().toInstant();
        Extensions ext = c.getTBSCertificate().getExtensions();
        byte[] ski = null;
        byte[] aki = null;
        KeyUsage ku = null;
        BasicConstraints bc = null;
        if (ext != null) {
            try {
                SubjectKeyIdentifier s = SubjectKeyIdentifier.fromExtensions(ext);
                ski = s == null ? null : s.getKeyIdentifier();
                AuthorityKeyIdentifier a = AuthorityKeyIdentifier.fromExtensions(ext);
                aki = a == null ? null : a.getKeyIdentifier();
                ku = KeyUsage.fromExtensions(ext);
                bc = BasicConstraints.fromExtensions(ext);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new GeneralSecurityException("malformed certificate extension: " + e.getMessage(), e);
            }
        }
        subjectKeyId = ski;
        authorityKeyId = aki;
        keyUsage = ku;
        basicConstraints = bc;
        try {
            publicKey = PublicKeys.decode(c.getSubjectPublicKeyInfo().getEncoded());
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot encode the public key", e);
        }
        validityText = notBefore + " to " + notAfter;
        try {
            country = countryOf(subject);
            subjectKey = Names.canonical(subject);
            issuerKey = Names.canonical(issuer);
            issuerCountry = countryOf(issuer);
        } catch (RuntimeException e) {
            throw new GeneralSecurityException("malformed country in certificate name", e);
        }
        fingerprint = HexFormat.of().formatHex(Crypto.hash("SHA-256", encoded));
    }

    /** Parses a DER (or BER) certificate. */
    public static Cert parse(byte[] encoded) throws GeneralSecurityException {
        if (encoded == null || encoded.length == 0) {
            throw new GeneralSecurityException("empty certificate");
        }
        return new Cert(encoded.clone());
    }

    /** Whether this certificate's signature verifies with {@code issuerKey}. Never throws. */
    public boolean isSignedBy(PublicKey issuerKey) {
        try {
            Der params = sigAlgParams == null ? null : Der.parse(sigAlgParams);
            SignatureSpec spec = SignatureSpec.resolve(sigAlgOid, params, null);
            return spec.verify(issuerKey, encoded, tbsOffset, tbsEnd - tbsOffset, signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** Self-issued and signed with its own key (a CSCA root, or a re-keyed CSCA's self-signed form). */
    public boolean isSelfSigned() {
        Boolean s = selfSigned;
        if (s == null) {
            s = subject.equals(issuer) && isSignedBy(publicKey);
            selfSigned = s;
        }
        return s;
    }

    /** A CA certificate: basicConstraints cA, or keyCertSign, or self-signed. */
    public boolean isCa() {
        if (basicConstraints != null && basicConstraints.isCA()) {
            return true;
        }
        if (keyUsage != null && keyUsage.hasUsages(KeyUsage.keyCertSign)) {
            return true;
        }
        return basicConstraints == null && keyUsage == null && isSelfSigned();
    }

    /** "notBefore to notAfter" (ISO instants), precomputed. */
    public String validity() {
        return validityText;
    }

    public boolean isValidAt(Instant at) {
        return !at.isBefore(notBefore) && !at.isAfter(notAfter);
    }

    /** Country (C) of the subject, upper case, or null. */
    public String country() {
        return country;
    }

    public String issuerCountry() {
        return issuerCountry;
    }

    static String countryOf(X500Name name) {
        RDN[] rdns = name.getRDNs(BCStyle.C);
        if (rdns.length == 0 || rdns[0].getFirst() == null) {
            return null;
        }
        return IETFUtils.valueToString(rdns[0].getFirst().getValue()).trim().toUpperCase(java.util.Locale.ROOT);
    }

    public byte[] encoded() {
        return encoded.clone();
    }

    /** Whether the encoding equals {@code other} byte for byte. */
    public boolean sameBytes(byte[] other) {
        return Arrays.equals(encoded, other);
    }

    public X500Name subject() {
        return subject;
    }

    public X500Name issuer() {
        return issuer;
    }

    /** Canonical subject name: equal for names that X.500 comparison treats as equal. */
    String subjectKey() {
        return subjectKey;
    }

    String issuerKey() {
        return issuerKey;
    }

    /** The subject as an RFC 4514-style string. */
    public String subjectName() {
        return subjectText;
    }

    public String issuerName() {
        return issuerText;
    }

    public BigInteger serialNumber() {
        return serialNumber;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
    }

    public byte[] subjectKeyId() {
        return subjectKeyId == null ? null : subjectKeyId.clone();
    }

    public byte[] authorityKeyId() {
        return authorityKeyId == null ? null : authorityKeyId.clone();
    }

    public KeyUsage keyUsage() {
        return keyUsage;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String signatureAlgorithm() {
        try {
            Der params = sigAlgParams == null ? null : Der.parse(sigAlgParams);
            return SignatureSpec.resolve(sigAlgOid, params, null).describe();
        } catch (GeneralSecurityException | RuntimeException e) {
            return sigAlgOid;
        }
    }

    /** SHA-256 of the encoding, hex. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Subject, serial (hex) and a short fingerprint: for logs and report details. */
    public String describe() {
        return subjectText + " (serial " + serialNumber.toString(16) + ", sha256 " + fingerprint.substring(0, 16) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cert c && hash == c.hash && Arrays.equals(encoded, c.encoded);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "Cert[" + describe() + "]";
    }
}
