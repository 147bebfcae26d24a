package org.safepassage.mrtd.bench;

import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.x509.Certificate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.safepassage.mrtd.crypto.Crypto;
import org.safepassage.mrtd.pa.PaResult;
import org.safepassage.mrtd.pa.PassiveAuthenticator;
import org.safepassage.mrtd.report.CheckStatus;
import org.safepassage.mrtd.testing.KeyType;
import org.safepassage.mrtd.testing.TestCa;
import org.safepassage.mrtd.testing.TestDocumentFactory.TestDocument;
import org.safepassage.mrtd.trust.Cert;
import org.safepassage.mrtd.trust.CertificateMemory;
import org.safepassage.mrtd.trust.TrustStore;

/**
 * The cold path: every document is signed by a DSC the verifier has not seen (a new DSC after a
 * CSCA rollover, a quiet border post): the DSC is parsed, chained to its CSCA (one certificate
 * signature) and its key decoded, beside the SOD signature and the hashes. The trust store holds
 * the CSCA's whole history under one name, as national lists do ({@link ColdPathDocuments}: four
 * keys, each self-signed, and the link certificates between them; the DSCs are issued by the
 * newest key). After
 * {@link #DOCUMENTS} documents the trust store is built anew from the same parsed CSCAs (as a
 * running service keeps them), so no DSC is ever seen twice. {@link #reloadedPassiveAuthentication}
 * is the same after a trust store reload: the DSC was seen before the reload, and the new snapshot
 * shares the old one's {@link CertificateMemory} (as {@code ReloadableTrustStore.of} arranges).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PassiveAuthenticationColdBenchmark {
    static final int DOCUMENTS = 256;

    @Param({"RSA_2048", "BRAINPOOL_P256", "BRAINPOOL_P256_EXPLICIT"})
    public KeyType type;

    private List<Cert> cscas;
    private TestDocument[] docs;
    private TrustStore store;
    private TrustStore reloaded;
    private final CertificateMemory memory = new CertificateMemory();
    private int next;

    // bare crypto inputs per document
    private byte[][] dscKeys;
    private byte[][] signedAttributes;
    private byte[][] signatures;
    private byte[][] eContents;
    private byte[][] expectedDigests;
    private byte[][] dscTbs;
    private byte[][] dscSignatures;
    private PublicKey cscaKey;
    private String sodAlgorithm;
    private String certificateAlgorithm;
    private String keyAlgorithm;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        ColdPathDocuments made = ColdPathDocuments.make(type, DOCUMENTS);
        TestCa current = made.current();
        cscas = new ArrayList<>();
        for (byte[] c : made.history()) {
            cscas.add(Cert.parse(c));
        }
        cscaKey = Cert.parse(current.certificate()).publicKey();
        docs = made.documents().toArray(TestDocument[]::new);
        dscKeys = new byte[DOCUMENTS][];
        signedAttributes = new byte[DOCUMENTS][];
        signatures = new byte[DOCUMENTS][];
        eContents = new byte[DOCUMENTS][];
        expectedDigests = new byte[DOCUMENTS][];
        dscTbs = new byte[DOCUMENTS][];
        dscSignatures = new byte[DOCUMENTS][];
        for (int i = 0; i < DOCUMENTS; i++) {
            Certificate c = Certificate.getInstance(docs[i].dsc().certificate());
            dscKeys[i] = c.getSubjectPublicKeyInfo().getEncoded();
            dscTbs[i] = c.getTBSCertificate().getEncoded();
            dscSignatures[i] = c.getSignature().getOctets();
            SignedData sd = SignedData.getInstance(ContentInfo.getInstance(
                    ASN1TaggedObject.getInstance(docs[i].sod()).getExplicitBaseObject()).getContent());
            SignerInfo si = SignerInfo.getInstance(sd.getSignerInfos().getObjectAt(0));
            signedAttributes[i] = si.getAuthenticatedAttributes().getEncoded(ASN1Encoding.DER);
            signatures[i] = si.getEncryptedDigest().getOctets();
            eContents[i] = ((ASN1OctetString) sd.getEncapContentInfo().getContent()).getOctets();
            expectedDigests[i] = MessageDigest.getInstance("SHA-256", Crypto.SUN).digest(eContents[i]);
        }
        sodAlgorithm = type.isRsa() ? "SHA256withRSA" : "SHA256withECDSA";
        certificateAlgorithm = current.signatureAlgorithm();
        keyAlgorithm = type.isRsa() ? "RSA" : "EC";
        store = freshStore();
        PaResult r = PassiveAuthenticator.verify(docs[0].sod(), docs[0].dataGroups(), "D<<", docs[0].at(), store);
        if (r.checks().stream().anyMatch(c -> c.status() != CheckStatus.PASS && c.status() != CheckStatus.SKIPPED
                && !c.id().equals("dsc.revocation"))) {
            throw new IllegalStateException("cold-path document does not verify: " + r.checks());
        }
        store = freshStore();
        reloaded = reloadedStore();
        next = 0;
    }

    private TrustStore freshStore() {
        TrustStore.Builder b = TrustStore.builder();
        cscas.forEach(b::addCertificate);
        return b.build();
    }

    private TrustStore reloadedStore() {
        TrustStore.Builder b = TrustStore.builder().memory(memory);
        cscas.forEach(b::addCertificate);
        return b.build();
    }

    private int next() {
        if (next == DOCUMENTS) {
            store = freshStore();
            reloaded = reloadedStore();
            next = 0;
        }
        return next++;
    }

    /** Passive Authentication of a document whose DSC is new to the verifier. */
    @Benchmark
    public Object coldPassiveAuthentication() {
        int i = next();
        TestDocument d = docs[i];
        return PassiveAuthenticator.verify(d.sod(), d.dataGroups(), "D<<", d.at(), store);
    }

    /** A document whose DSC was seen before the trust store was reloaded. */
    @Benchmark
    public Object reloadedPassiveAuthentication() {
        int i = next();
        TestDocument d = docs[i];
        return PassiveAuthenticator.verify(d.sod(), d.dataGroups(), "D<<", d.at(), reloaded);
    }

    /**
     * The bare crypto of the cold path: the DSC's key decoded from its certificate, the DSC's
     * signature verified with the (already decoded) CSCA key, the SOD signature, the message digest
     * and the data group hashes.
     */
    @Benchmark
    public boolean coldBareCrypto() throws Exception {
        int i = next();
        PublicKey dscKey = KeyFactory.getInstance(keyAlgorithm, Crypto.BC)
                .generatePublic(new X509EncodedKeySpec(dscKeys[i]));
        Signature cert = Signature.getInstance(certificateAlgorithm, Crypto.BC);
        cert.initVerify(cscaKey);
        cert.update(dscTbs[i]);
        boolean ok = cert.verify(dscSignatures[i]);
        ok &= MessageDigest.isEqual(MessageDigest.getInstance("SHA-256", Crypto.SUN).digest(eContents[i]),
                expectedDigests[i]);
        Signature s = Signature.getInstance(sodAlgorithm, Crypto.BC);
        s.initVerify(dscKey);
        s.update(signedAttributes[i]);
        ok &= s.verify(signatures[i]);
        MessageDigest md = MessageDigest.getInstance("SHA-256", Crypto.SUN);
        for (byte[] dg : docs[i].dataGroups().values()) {
            ok &= md.digest(dg).length > 0;
        }
        return ok;
    }
}
