package org.safepassage.mrtd.trust;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

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
import org.safepassage.mrtd.crypto.Crypto;
import org.safepassage.mrtd.crypto.PublicKeys;

/**
 * An X.509 certificate (CSCA, link certificate, DSC, master list signer) decoded by Bouncy Castle
 * and kept with its exact bytes and its decoded public key (one key object per certificate, so
 * Bouncy Castle's precomputation for it is reused). Signatures are verified over the TBSCertificate bytes as issued, not
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
    private final SignedStructure signed;
    private final String fingerprint;
    private final String keyFingerprint;
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
        Certificate c = SignedStructure.decode(encoded, "certificate", Certificate::getInstance);
        this.signed = SignedStructure.of(encoded, c.getSignatureAlgorithm(), c.getSignature());
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
        try {
            notBefore = c.getStartDate().getDate().toInstant();
            notAfter = c.getEndDate().getDate().toInstant();
        } catch (RuntimeException e) {
            throw new GeneralSecurityException("malformed certificate validity: " + e.getMessage(), e);
        }
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
        publicKey = PublicKeys.decode(c.getSubjectPublicKeyInfo());
        try {
            keyFingerprint = HexFormat.of().formatHex(Crypto.hash("SHA-256",
                    c.getSubjectPublicKeyInfo().getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER)));
        } catch (java.io.IOException e) {
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
        return signed.isSignedBy(issuerKey);
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
        return signed.algorithmName();
    }

    /** SHA-256 of the DER SubjectPublicKeyInfo, hex: equal for certificates of one key (a CSCA and its link certificate). */
    public String keyFingerprint() {
        return keyFingerprint;
    }

    /** The encoding itself, not a copy (package-private: for look-ups that must not copy). */
    byte[] encodedView() {
        return encoded;
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
