package org.safepassage.mrtd.testing;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.safepassage.mrtd.crypto.Crypto;

/**
 * A test Country Signing CA: issues DSCs, link certificates and CRLs. Certificates are DER bytes.
 */
public final class TestCa {

    private static final AtomicLong SERIALS = new AtomicLong(0x1000);

    public static final Instant DEFAULT_FROM = Instant.parse("2020-01-01T00:00:00Z");
    public static final Instant DEFAULT_TO = Instant.parse("2040-01-01T00:00:00Z");

    private final X500Name name;
    private final KeyPair keys;
    private final KeyType type;
    private final byte[] certificate;
    /** The key named in the authority key identifier of certificates this CA issues. */
    private final PublicKey akiKey;

    private TestCa(X500Name name, KeyPair keys, KeyType type, byte[] certificate) {
        this(name, keys, type, certificate, keys.getPublic());
    }

    private TestCa(X500Name name, KeyPair keys, KeyType type, byte[] certificate, PublicKey akiKey) {
        this.name = name;
        this.keys = keys;
        this.type = type;
        this.certificate = certificate;
        this.akiKey = akiKey;
    }

    /**
     * A forger's CSCA: the real CSCA's name, another key, and the real CSCA's key identifier in the
     * certificates it issues (so they point at the trusted CSCA).
     */
    public static TestCa forgeryOf(TestCa real, int slot) {
        TestCa fake = create(real.name, real.type, 50 + slot);
        return new TestCa(fake.name, fake.keys, fake.type, fake.certificate, real.keys.getPublic());
    }

    /** A self-signed CSCA for country {@code c} (two letters), key from slot {@code slot}. */
    public static TestCa create(String c, KeyType type, int slot) {
        X500Name name = new X500Name("C=" + c + ",O=SafePassage Test,OU=CSCA,CN=Test CSCA " + c + " " + type + " " + slot);
        return create(name, type, slot);
    }

    public static TestCa create(X500Name name, KeyType type, int slot) {
        KeyPair kp = TestKeys.get(type, 100 + slot);
        byte[] cert = issue(name, kp.getPublic(), name, kp.getPrivate(), kp.getPublic(), type, serial(),
                DEFAULT_FROM, DEFAULT_TO, true, false);
        return new TestCa(name, kp, type, cert);
    }

    /** A new CSCA key under the same name, with the link certificate from this (old) CSCA. */
    public TestCa rollover(KeyType newType, int slot) {
        KeyPair kp = TestKeys.get(newType, 200 + slot);
        byte[] selfSigned = issue(name, kp.getPublic(), name, kp.getPrivate(), kp.getPublic(), newType, serial(),
                DEFAULT_FROM, DEFAULT_TO, true, false);
        return new TestCa(name, kp, newType, selfSigned);
    }

    /** The link certificate: {@code newCa}'s name and key, signed by this CSCA's key. */
    public byte[] linkCertificateFor(TestCa newCa) {
        return linkCertificateFor(newCa, DEFAULT_FROM, DEFAULT_TO, KeyUsage.keyCertSign | KeyUsage.cRLSign);
    }

    /** A link certificate with the given validity and key usage bits ({@link KeyUsage} constants). */
    public byte[] linkCertificateFor(TestCa newCa, Instant from, Instant to, int keyUsage) {
        return issue(newCa.name, newCa.keys.getPublic(), name, keys.getPrivate(), akiKey, type, serial(),
                from, to, true, false, keyUsage);
    }

    public TestDsc issueDsc(KeyType dscType, int slot, Instant from, Instant to, boolean pssSignature) {
        KeyPair kp = TestKeys.get(dscType, 300 + slot);
        String c = org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(
                name.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.C)[0].getFirst().getValue());
        X500Name subject = new X500Name("C=" + c + ",O=SafePassage Test,OU=Document Signer,CN=Test DS " + dscType + " " + slot);
        BigInteger serial = serial();
        byte[] cert = issue(subject, kp.getPublic(), name, keys.getPrivate(), akiKey, type, serial,
                from, to, false, pssSignature);
        return new TestDsc(cert, kp, dscType, serial);
    }

    public TestDsc issueDsc(KeyType dscType) {
        return issueDsc(dscType, 0, DEFAULT_FROM, DEFAULT_TO, false);
    }

    /** A CRL revoking the given serial numbers (revocation date {@code revokedAt}). */
    public byte[] crl(Instant thisUpdate, Instant nextUpdate, Instant revokedAt, BigInteger... serials) {
        try {
            X509v2CRLBuilder b = new X509v2CRLBuilder(name, Date.from(thisUpdate));
            b.setNextUpdate(Date.from(nextUpdate));
            for (BigInteger s : serials) {
                b.addCRLEntry(s, Date.from(revokedAt), CRLReason.keyCompromise);
            }
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(keys.getPublic()));
            X509CRLHolder h = b.build(signer(type, keys.getPrivate(), false));
            return h.getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public X500Name name() {
        return name;
    }

    public byte[] certificate() {
        return certificate.clone();
    }

    public PrivateKey privateKey() {
        return keys.getPrivate();
    }

    /** JCA name of the algorithm this CA signs certificates with. */
    public String signatureAlgorithm() {
        return type.isRsa() ? "SHA256withRSA" : "SHA256withECDSA";
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    public KeyType type() {
        return type;
    }

    static BigInteger serial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet());
    }

    static ContentSigner signer(KeyType type, PrivateKey key, boolean pss) throws Exception {
        String alg = type.isRsa() ? (pss ? "SHA256withRSAandMGF1" : "SHA256withRSA") : "SHA256withECDSA";
        return new JcaContentSignerBuilder(alg).setProvider(Crypto.BC).build(key);
    }

    static byte[] issue(X500Name subject, PublicKey subjectKey, X500Name issuer, PrivateKey issuerKey,
                        PublicKey issuerPublic, KeyType issuerType, BigInteger serial, Instant from, Instant to,
                        boolean ca, boolean pss) {
        return issue(subject, subjectKey, issuer, issuerKey, issuerPublic, issuerType, serial, from, to, ca, pss,
                ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature);
    }

    static byte[] issue(X500Name subject, PublicKey subjectKey, X500Name issuer, PrivateKey issuerKey,
                        PublicKey issuerPublic, KeyType issuerType, BigInteger serial, Instant from, Instant to,
                        boolean ca, boolean pss, int keyUsage) {
        return org.safepassage.mrtd.specimen.SpecimenIssuer.certificateDer(subject, subjectKey, issuer, issuerKey,
                issuerPublic, serial, from, to, ca, keyUsage, pss);
    }

    /** A document signer: certificate, key pair, serial. */
    public record TestDsc(byte[] certificate, KeyPair keys, KeyType type, BigInteger serial) {
    }
}
