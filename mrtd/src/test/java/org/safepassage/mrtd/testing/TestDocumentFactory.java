package org.safepassage.mrtd.testing;

import java.io.IOException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ISO9796d2Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;
import org.jmrtd.lds.icao.MRZInfo;
import org.safepassage.mrtd.DocumentRead;
import org.safepassage.mrtd.lds.IdentityFields;
import org.safepassage.mrtd.crypto.Crypto;
import org.safepassage.mrtd.trust.TrustStore;

/**
 * Makes complete test travel documents: a test CSCA and DSC (RSA, ECDSA, brainpool, explicit
 * parameters), DG1 for a specimen identity, DG2 (a face-image container of a chosen size), DG14,
 * DG15, a signed EF.SOD, an Active Authentication exchange, and the trust store that goes with
 * them, with a switch for each fault. Reusable by the routes module's tests and by benchmarks.
 *
 * <pre>{@code
 * TestDocument doc = TestDocumentFactory.spec().dsc(KeyType.BRAINPOOL_P256).fault(Fault.TAMPERED_DG).build();
 * VerificationReport r = new DocumentVerifier(doc.trustStore()).verify(doc.read());
 * }</pre>
 */
public final class TestDocumentFactory {

    /** The faults a document can be made with. */
    public enum Fault {
        /** DG2 changed after the SOD was signed: {@code dg2.hash} FAIL. */
        TAMPERED_DG,
        /** SOD signed with a key that is not the DSC's: {@code sod.signature} FAIL. */
        WRONG_KEY,
        /** DSC expired before the verification instant: {@code dsc.validity} FAIL. */
        EXPIRED_DSC,
        /** DSC listed on the CSCA's CRL: {@code dsc.revocation} FAIL. */
        REVOKED_DSC,
        /** The trust store lacks the CSCA: {@code dsc.chain} UNKNOWN, verdict INDETERMINATE. */
        UNKNOWN_CSCA,
        /** A CSCA with the trusted CSCA's name but another key signed the DSC: {@code dsc.chain} FAIL. */
        FORGED_CSCA,
        /** AA response from another key (a cloned chip): {@code aa.signature} FAIL. */
        AA_CLONE,
        /** DG1 names a state whose CSCA did not sign: {@code dsc.chain} FAIL. */
        WRONG_COUNTRY,
        /** SignedData version 1 instead of 3: {@code sod.profile} FAIL. */
        SIGNED_DATA_VERSION_1,
        /** Content type id-data instead of the LDS security object (real Chinese passports): {@code sod.profile} WARN. */
        ID_DATA_CONTENT_TYPE,
        /** DG15 supplied but not listed in the SOD: {@code dg15.hash} FAIL. */
        DG_NOT_IN_SOD,
        /** The message-digest signed attribute does not match the content: {@code sod.signature} FAIL. */
        BAD_MESSAGE_DIGEST
    }

    /** How the SOD is signed with an RSA DSC. */
    public enum RsaScheme { PKCS1, PSS }

    /** How the SOD's signed attributes are written (and what the signer signed). */
    public enum SignedAttributes {
        /** DER, signed as written (the norm). */
        DER,
        /** The [0] length in a longer form than needed, signed as written (with the SET tag): a non-DER signer. */
        NON_MINIMAL_LENGTH,
        /** Written unsorted (message digest first), but signed in their DER (sorted) form. */
        UNSORTED_SIGNED_AS_DER
    }

    /** The default verification instant for factory documents. */
    public static final Instant AT = Instant.parse("2025-06-01T12:00:00Z");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, TestCa> CSCAS = new java.util.concurrent.ConcurrentHashMap<>();

    private TestDocumentFactory() {
    }

    public static Spec spec() {
        return new Spec();
    }

    /** The CSCA shared by all documents of this key type and country. */
    public static TestCa csca(String country, KeyType type) {
        return CSCAS.computeIfAbsent(country + "/" + type, k -> TestCa.create(country, type, 0));
    }

    /** The specimen identity (ICAO / BSI specimen style; not a real person). */
    public static IdentityFields specimen() {
        return new IdentityFields("MUSTERMANN", "ERIKA", "C01X00T47", "D", LocalDate.of(1964, 8, 12), "F",
                LocalDate.of(2031, 10, 31), "D");
    }

    /** Options for one document; every setter returns {@code this}. */
    public static final class Spec {
        private KeyType cscaType = KeyType.RSA_2048;
        private KeyType dscType = KeyType.RSA_2048;
        private KeyType aaType = KeyType.RSA_1024;
        private RsaScheme rsaScheme = RsaScheme.PKCS1;
        private boolean dscCertPss;
        private String dgHash = "SHA-256";
        private String signerHash = "SHA-256";
        private int pssSalt = -1;
        private boolean lds18;
        private boolean embedDsc = true;
        private boolean sidBySki;
        private boolean plainEcdsa;
        private int dg2Size = 20_000;
        private IdentityFields identity = specimen();
        private String country = "DE";
        private Instant at = AT;
        private final Set<Fault> faults = EnumSet.noneOf(Fault.class);
        private TestCa.TestDsc signedBy;
        private boolean mislabelRsaScheme;
        private SignedAttributes signedAttributes = SignedAttributes.DER;

        public Spec signedAttributes(SignedAttributes a) { this.signedAttributes = a; return this; }

        /** Declare PKCS#1 v1.5 in the SignerInfo when signing with PSS, and the reverse (a real-world quirk). */
        public Spec mislabelRsaScheme(boolean b) { this.mislabelRsaScheme = b; return this; }

        /** Sign with this DSC (e.g. one issued under a renewed CSCA key) instead of the default one. */
        public Spec signedBy(TestCa.TestDsc dsc) { this.signedBy = dsc; this.dscType = dsc.type(); return this; }

        public Spec csca(KeyType t) { this.cscaType = t; return this; }
        public Spec dsc(KeyType t) { this.dscType = t; return this; }
        /** Key type for Active Authentication (RSA_* or EC); null for no DG15. */
        public Spec aa(KeyType t) { this.aaType = t; return this; }
        public Spec rsaScheme(RsaScheme s) { this.rsaScheme = s; return this; }
        /** The DSC certificate itself is signed with RSASSA-PSS. */
        public Spec dscCertificatePss(boolean b) { this.dscCertPss = b; return this; }
        /** Hash algorithm of the LDS security object (SHA-1/224/256/384/512). */
        public Spec dataGroupHash(String h) { this.dgHash = h; return this; }
        /** Digest of the signer (message digest and signature). */
        public Spec signerHash(String h) { this.signerHash = h; return this; }
        public Spec pssSalt(int salt) { this.pssSalt = salt; return this; }
        public Spec lds18(boolean b) { this.lds18 = b; return this; }
        /** Whether the SOD embeds the DSC (else the DSC must come from the trust store). */
        public Spec embedDsc(boolean b) { this.embedDsc = b; return this; }
        public Spec signerIdBySki(boolean b) { this.sidBySki = b; return this; }
        /** ECDSA SOD signature in plain r||s encoding instead of X9.62. */
        public Spec plainEcdsa(boolean b) { this.plainEcdsa = b; return this; }
        public Spec dg2Size(int bytes) { this.dg2Size = bytes; return this; }
        public Spec identity(IdentityFields id) { this.identity = id; return this; }
        public Spec country(String c) { this.country = c; return this; }
        public Spec at(Instant i) { this.at = i; return this; }
        public Spec fault(Fault f) { this.faults.add(f); return this; }

        public TestDocument build() {
            try {
                return TestDocumentFactory.build(this);
            } catch (Exception e) {
                throw new IllegalStateException("cannot build test document: " + e, e);
            }
        }
    }

    private static TestDocument build(Spec s) throws Exception {
        TestCa csca = csca(s.country, s.cscaType);
        TestCa signingCa = s.faults.contains(Fault.FORGED_CSCA) ? TestCa.forgeryOf(csca, 7) : csca;
        boolean expired = s.faults.contains(Fault.EXPIRED_DSC);
        Instant from = expired ? Instant.parse("2015-01-01T00:00:00Z") : TestCa.DEFAULT_FROM;
        Instant to = expired ? Instant.parse("2019-12-31T00:00:00Z") : TestCa.DEFAULT_TO;
        TestCa.TestDsc dsc = s.signedBy != null ? s.signedBy : signingCa.issueDsc(s.dscType, 0, from, to, s.dscCertPss);

        // data groups
        Map<Integer, byte[]> dgs = new LinkedHashMap<>();
        IdentityFields id = s.identity;
        String state = s.faults.contains(Fault.WRONG_COUNTRY) ? "FRA" : id.issuingState();
        MRZInfo mrz = new MRZInfo("P<", state, id.surname(), id.givenNames(), id.documentNumber(), id.nationality(),
                yymmdd(id.dateOfBirth()), "F".equals(id.sex()) ? net.sf.scuba.data.Gender.FEMALE : net.sf.scuba.data.Gender.MALE,
                yymmdd(id.dateOfExpiry()), "");
        dgs.put(1, new DG1File(mrz).getEncoded());
        dgs.put(2, dg2(s.dg2Size));
        KeyPair aaKeys = s.aaType == null ? null : TestKeys.get(s.aaType, 400);
        boolean ecAa = aaKeys != null && !s.aaType.isRsa();
        dgs.put(14, dg14(ecAa));
        if (aaKeys != null) {
            dgs.put(15, Tlv.of(0x6F, aaKeys.getPublic().getEncoded()));
        }

        // EF.SOD
        Map<Integer, byte[]> hashed = new LinkedHashMap<>(dgs);
        if (s.faults.contains(Fault.DG_NOT_IN_SOD)) {
            hashed.remove(15);
        }
        PrivateKey sodKey = s.faults.contains(Fault.WRONG_KEY) ? TestKeys.get(s.dscType, 999).getPrivate()
                : dsc.keys().getPrivate();
        byte[] sod = sod(s, hashed, dsc, sodKey);

        if (s.faults.contains(Fault.TAMPERED_DG)) {
            byte[] dg2 = dgs.get(2);
            dg2[dg2.length / 2] ^= 0x01;
        }

        // Active Authentication
        byte[] challenge = null;
        byte[] response = null;
        if (aaKeys != null) {
            challenge = new byte[8];
            RANDOM.nextBytes(challenge);
            PrivateKey aaPriv = s.faults.contains(Fault.AA_CLONE) ? TestKeys.get(s.aaType, 401).getPrivate()
                    : aaKeys.getPrivate();
            response = s.aaType.isRsa() ? aaRsa(aaPriv, challenge) : aaEc(aaPriv, challenge);
        }

        // trust store
        TrustStore.Builder tb = TrustStore.builder();
        if (!s.faults.contains(Fault.UNKNOWN_CSCA)) {
            tb.addCertificate(csca.certificate(), "test csca");
        }
        if (!s.embedDsc) {
            tb.addCertificate(dsc.certificate(), "test dsc");
        }
        if (s.faults.contains(Fault.REVOKED_DSC)) {
            tb.addCrl(csca.crl(s.at.minusSeconds(86_400 * 30), s.at.plusSeconds(86_400 * 30),
                    s.at.minusSeconds(86_400 * 60), dsc.serial()), "test crl");
        } else {
            tb.addCrl(csca.crl(s.at.minusSeconds(86_400 * 30), s.at.plusSeconds(86_400 * 30),
                    s.at.minusSeconds(86_400 * 60), TestCa.serial()), "test crl");
        }
        String printed = String.join("\n", org.safepassage.mrtd.lds.Dg1.mrzLines(dgs.get(1)));
        return new TestDocument(sod, dgs, printed, challenge, response, id, s.at, tb.build(), csca, dsc);
    }

    private static String yymmdd(LocalDate d) {
        return java.time.format.DateTimeFormatter.ofPattern("yyMMdd").format(d);
    }

    /**
     * DG2 written by JMRTD: one ISO/IEC 19794-5 face record holding a real 160 x 200 JPEG, padded
     * with JPEG comment segments to about {@code size} bytes (real DG2s are 15-60 KB).
     */
    static byte[] dg2(int size) {
        byte[] jpeg = paddedJpeg(160, 200, size);
        return dg2WithFace(jpeg, 160, 200, false);
    }

    /** DG2 with one face image (JPEG, or JPEG 2000 when {@code jpeg2000}) of the given size in pixels. */
    public static byte[] dg2WithFace(byte[] image, int width, int height, boolean jpeg2000) {
        return org.safepassage.mrtd.specimen.SpecimenIssuer.dg2(image, width, height, jpeg2000);
    }

    /** A real JPEG of a grey gradient, with comment segments after its start marker up to about {@code size} bytes. */
    public static byte[] paddedJpeg(int width, int height, int size) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int v = (x + y) * 255 / (width + height);
                img.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(img, "jpeg", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        byte[] jpeg = out.toByteArray();
        java.io.ByteArrayOutputStream padded = new java.io.ByteArrayOutputStream(Math.max(size, jpeg.length));
        padded.write(jpeg, 0, 2); // SOI
        Random random = new Random(size);
        int missing = size - jpeg.length;
        while (missing > 4) {
            int n = Math.min(missing - 4, 65_000);
            byte[] comment = new byte[n];
            for (int i = 0; i < n; i++) {
                comment[i] = (byte) ('A' + random.nextInt(26));
            }
            padded.write(0xFF);
            padded.write(0xFE); // COM
            padded.write((n + 2) >> 8);
            padded.write((n + 2) & 0xFF);
            padded.write(comment, 0, n);
            missing -= n + 4;
        }
        padded.write(jpeg, 2, jpeg.length - 2);
        return padded.toByteArray();
    }

    /** DG14: Chip Authentication (ECDH, AES-128) public key info and info, Terminal Authentication, and an AA info for EC AA keys. */
    static byte[] dg14(boolean ecAa) throws IOException {
        return dg14(ecAa ? ECDSA_PLAIN_SHA256 : null);
    }

    /** ecdsa-plain-SHA256 (BSI TR-03111), the OID Doc 9303 names in an ActiveAuthenticationInfo. */
    public static final String ECDSA_PLAIN_SHA256 = "0.4.0.127.0.7.1.1.4.1.3";

    /** DG14 as {@link #dg14(boolean)}, with an ActiveAuthenticationInfo naming {@code aaAlgorithm} (null: none). */
    public static byte[] dg14(String aaAlgorithm) throws IOException {
        boolean ecAa = aaAlgorithm != null;
        KeyPair ca = TestKeys.get(KeyType.BRAINPOOL_P256, 500);
        ASN1EncodableVector infos = new ASN1EncodableVector();
        infos.add(new DERSequence(new ASN1Encodable[] {
                new ASN1ObjectIdentifier("0.4.0.127.0.7.2.2.1.2"),
                SubjectPublicKeyInfo.getInstance(ca.getPublic().getEncoded())}));
        infos.add(new DERSequence(new ASN1Encodable[] {
                new ASN1ObjectIdentifier("0.4.0.127.0.7.2.2.3.2.2"), new ASN1Integer(1)}));
        infos.add(new DERSequence(new ASN1Encodable[] {
                new ASN1ObjectIdentifier("0.4.0.127.0.7.2.2.2"), new ASN1Integer(1)}));
        if (ecAa) {
            infos.add(new DERSequence(new ASN1Encodable[] {
                    new ASN1ObjectIdentifier("2.23.136.1.1.5"), new ASN1Integer(1),
                    new ASN1ObjectIdentifier(aaAlgorithm)}));
        }
        return Tlv.of(0x6E, new DERSet(infos).getEncoded(ASN1Encoding.DER));
    }

    static byte[] sod(Spec s, Map<Integer, byte[]> dgs, TestCa.TestDsc dsc, PrivateKey key) throws Exception {
        AlgorithmIdentifier dgHashAlg = new AlgorithmIdentifier(new ASN1ObjectIdentifier(Crypto.digestOid(s.dgHash)));
        ASN1EncodableVector hashes = new ASN1EncodableVector();
        for (Map.Entry<Integer, byte[]> e : dgs.entrySet()) {
            hashes.add(new DERSequence(new ASN1Encodable[] {new ASN1Integer(e.getKey()),
                    new DEROctetString(Crypto.hash(s.dgHash, e.getValue()))}));
        }
        ASN1EncodableVector lds = new ASN1EncodableVector();
        lds.add(new ASN1Integer(s.lds18 ? 1 : 0));
        lds.add(dgHashAlg);
        lds.add(new DERSequence(hashes));
        if (s.lds18) {
            lds.add(new DERSequence(new ASN1Encodable[] {new DERPrintableString("0108"), new DERPrintableString("040000")}));
        }
        byte[] eContent = new DERSequence(lds).getEncoded(ASN1Encoding.DER);
        ASN1ObjectIdentifier contentType = new ASN1ObjectIdentifier(
                s.faults.contains(Fault.ID_DATA_CONTENT_TYPE) ? "1.2.840.113549.1.7.1" : "2.23.136.1.1.1");

        AlgorithmIdentifier signerDigest = new AlgorithmIdentifier(new ASN1ObjectIdentifier(Crypto.digestOid(s.signerHash)));
        byte[] md = Crypto.hash(s.signerHash, eContent);
        if (s.faults.contains(Fault.BAD_MESSAGE_DIGEST)) {
            md[0] ^= 0x01;
        }
        Attribute contentTypeAttr = new Attribute(PKCSObjectIdentifiers.pkcs_9_at_contentType, new DERSet(contentType));
        Attribute digestAttr = new Attribute(PKCSObjectIdentifiers.pkcs_9_at_messageDigest, new DERSet(new DEROctetString(md)));
        DERSet signedAttrs = new DERSet(new ASN1Encodable[] {contentTypeAttr, digestAttr});
        byte[] attrsContent = concat(contentTypeAttr.getEncoded(ASN1Encoding.DER), digestAttr.getEncoded(ASN1Encoding.DER));
        byte[] attrsWritten; // the [0] IMPLICIT element as it goes into the SignerInfo
        byte[] toSign;
        switch (s.signedAttributes) {
            case NON_MINIMAL_LENGTH -> {
                attrsWritten = longFormTlv(0xA0, attrsContent);
                toSign = attrsWritten.clone();
                toSign[0] = 0x31;
            }
            case UNSORTED_SIGNED_AS_DER -> {
                attrsWritten = Tlv.of(0xA0, digestAttr.getEncoded(ASN1Encoding.DER), contentTypeAttr.getEncoded(ASN1Encoding.DER));
                toSign = signedAttrs.getEncoded(ASN1Encoding.DER);
            }
            default -> {
                attrsWritten = new DERTaggedObject(false, 0, signedAttrs).getEncoded(ASN1Encoding.DER);
                toSign = signedAttrs.getEncoded(ASN1Encoding.DER);
            }
        }

        String h = s.signerHash.replace("-", "");
        AlgorithmIdentifier sigAlg;
        byte[] signature;
        if (s.dscType.isRsa()) {
            if (s.rsaScheme == RsaScheme.PSS) {
                int salt = s.pssSalt >= 0 ? s.pssSalt : Crypto.digest(s.signerHash).getDigestLength();
                Signature sig = Signature.getInstance(h + "withRSAandMGF1", Crypto.BC);
                sig.setParameter(new PSSParameterSpec(s.signerHash, "MGF1", new MGF1ParameterSpec(s.signerHash), salt, 1));
                sig.initSign(key);
                sig.update(toSign);
                signature = sig.sign();
                AlgorithmIdentifier hashId = new AlgorithmIdentifier(new ASN1ObjectIdentifier(Crypto.digestOid(s.signerHash)),
                        DERNull.INSTANCE);
                sigAlg = s.mislabelRsaScheme
                        ? new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE)
                        : new AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSASSA_PSS, new RSASSAPSSparams(hashId,
                                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_mgf1, hashId), new ASN1Integer(salt),
                                new ASN1Integer(1)));
            } else {
                Signature sig = Signature.getInstance(h + "withRSA", Crypto.BC);
                sig.initSign(key);
                sig.update(toSign);
                signature = sig.sign();
                AlgorithmIdentifier hashId = new AlgorithmIdentifier(
                        new ASN1ObjectIdentifier(Crypto.digestOid(s.signerHash)), DERNull.INSTANCE);
                sigAlg = s.mislabelRsaScheme
                        ? new AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSASSA_PSS, new RSASSAPSSparams(hashId,
                                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_mgf1, hashId), new ASN1Integer(32),
                                new ASN1Integer(1)))
                        : new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);
            }
        } else {
            Signature sig = Signature.getInstance(h + (s.plainEcdsa ? "withPLAIN-ECDSA" : "withECDSA"), Crypto.BC);
            sig.initSign(key);
            sig.update(toSign);
            signature = sig.sign();
            String oid = switch (s.signerHash) {
                case "SHA-1" -> "1.2.840.10045.4.1";
                case "SHA-224" -> "1.2.840.10045.4.3.1";
                case "SHA-384" -> "1.2.840.10045.4.3.3";
                case "SHA-512" -> "1.2.840.10045.4.3.4";
                default -> "1.2.840.10045.4.3.2";
            };
            sigAlg = new AlgorithmIdentifier(new ASN1ObjectIdentifier(oid));
        }

        Certificate cert = Certificate.getInstance(ASN1Primitive.fromByteArray(dsc.certificate()));
        ASN1Encodable sid = s.sidBySki
                ? new DERTaggedObject(false, 0, new DEROctetString(
                        SubjectKeyIdentifier.fromExtensions(cert.getTBSCertificate().getExtensions()).getKeyIdentifier()))
                : new IssuerAndSerialNumber(cert.getIssuer(), cert.getSerialNumber().getValue());
        // written byte by byte from here, so that the signed attributes stay as they were written
        byte[] si = Tlv.of(0x30, new ASN1Integer(s.sidBySki ? 3 : 1).getEncoded(ASN1Encoding.DER),
                sid.toASN1Primitive().getEncoded(ASN1Encoding.DER), signerDigest.getEncoded(ASN1Encoding.DER), attrsWritten,
                sigAlg.getEncoded(ASN1Encoding.DER), new DEROctetString(signature).getEncoded(ASN1Encoding.DER));
        byte[] encap = new DERSequence(new ASN1Encodable[] {contentType,
                new DERTaggedObject(true, 0, new DEROctetString(eContent))}).getEncoded(ASN1Encoding.DER);
        byte[] certs = s.embedDsc ? new DERTaggedObject(false, 0, new DERSet(cert)).getEncoded(ASN1Encoding.DER) : new byte[0];
        byte[] signedData = Tlv.of(0x30, new ASN1Integer(s.faults.contains(Fault.SIGNED_DATA_VERSION_1) ? 1 : 3)
                .getEncoded(ASN1Encoding.DER), new DERSet(signerDigest).getEncoded(ASN1Encoding.DER), encap, certs,
                Tlv.of(0x31, si));
        byte[] contentInfo = Tlv.of(0x30, PKCSObjectIdentifiers.signedData.getEncoded(ASN1Encoding.DER),
                Tlv.of(0xA0, signedData));
        return Tlv.of(0x77, contentInfo);
    }

    /** A TLV whose length takes two bytes after 0x82 even where one would do (BER, not DER). */
    static byte[] longFormTlv(int tag, byte[] value) {
        byte[] out = new byte[4 + value.length];
        out[0] = (byte) tag;
        out[1] = (byte) 0x82;
        out[2] = (byte) (value.length >> 8);
        out[3] = (byte) value.length;
        System.arraycopy(value, 0, out, 4, value.length);
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** ISO/IEC 9796-2 scheme 1, SHA-1 implicit trailer: a recoverable chip nonce M1, then the challenge. */
    static byte[] aaRsa(PrivateKey key, byte[] challenge) {
        try {
            RSAKeyParameters params = (RSAKeyParameters) PrivateKeyFactory.createKey(key.getEncoded());
            Digest d = new SHA1Digest();
            ISO9796d2Signer signer = new ISO9796d2Signer(new RSAEngine(), d, true);
            signer.init(true, params);
            int k = (params.getModulus().bitLength() + 7) / 8;
            byte[] m1 = new byte[k - d.getDigestSize() - 2];
            RANDOM.nextBytes(m1);
            signer.update(m1, 0, m1.length);
            signer.update(challenge, 0, challenge.length);
            return signer.generateSignature();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** ECDSA with SHA-256, plain r||s (as chips answer). */
    static byte[] aaEc(PrivateKey key, byte[] challenge) {
        try {
            Signature sig = Signature.getInstance("SHA256withPLAIN-ECDSA", Crypto.BC);
            sig.initSign(key);
            sig.update(challenge);
            return sig.sign();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A complete test document and the trust store that should go with it. */
    public record TestDocument(byte[] sod, Map<Integer, byte[]> dataGroups, String printedMrz, byte[] aaChallenge,
                               byte[] aaResponse, IdentityFields identity, Instant at, TrustStore trustStore,
                               TestCa csca, TestCa.TestDsc dsc) {

        /** Everything a reader delivers, with the printed MRZ and the airline identity. */
        public DocumentRead read() {
            return DocumentRead.builder().sod(sod).dataGroups(dataGroups).printedMrz(printedMrz)
                    .activeAuthentication(aaChallenge, aaResponse).identity(identity).at(at).build();
        }

        public List<Integer> dataGroupNumbers() {
            return List.copyOf(dataGroups.keySet());
        }
    }
}
