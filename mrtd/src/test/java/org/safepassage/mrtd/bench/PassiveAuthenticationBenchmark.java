package org.safepassage.mrtd.bench;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.infra.Blackhole;
import org.safepassage.mrtd.DocumentRead;
import org.safepassage.mrtd.DocumentVerifier;
import org.safepassage.mrtd.cms.CmsSigner;
import org.safepassage.mrtd.crypto.Crypto;
import org.safepassage.mrtd.crypto.SignatureSpec;
import org.safepassage.mrtd.lds.Sod;
import org.safepassage.mrtd.pa.PassiveAuthenticator;
import org.safepassage.mrtd.report.Verdict;
import org.safepassage.mrtd.report.VerificationReport;
import org.safepassage.mrtd.testing.KeyType;
import org.safepassage.mrtd.testing.TestDocumentFactory;
import org.safepassage.mrtd.testing.TestDocumentFactory.TestDocument;
import org.safepassage.mrtd.trust.Cert;
import org.safepassage.mrtd.trust.TrustStore;

/**
 * Passive Authentication of a realistic document (EF.SOD, DG1, 40 KB DG2, DG14, DG15), RSA-2048
 * and brainpoolP256r1 DSCs (under an RSA-2048 CSCA), against the bare cost of the same
 * cryptography: one SOD signature verification with an already decoded key, the message digest
 * of the signed content and the hash of every data group (the DSC's own signature is checked
 * once per DSC and cached, see {@code bareCryptoWithDscSignature} for the uncached cost; a DSC seen for
 * the first time is {@link PassiveAuthenticationColdBenchmark}).
 *
 * <p>Run: {@code ./mvnw -q -pl mrtd test-compile exec:exec -Pbench -Dbench=PassiveAuthentication
 * -Dbench.args="-f 1 -wi 2 -i 3 -w 2s -r 3s"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PassiveAuthenticationBenchmark {

    @Param({"RSA_2048", "BRAINPOOL_P256"})
    public KeyType dsc;

    private DocumentVerifier verifier;
    private TrustStore store;
    private DocumentRead read;
    private TestDocument doc;

    // bare crypto inputs, extracted once
    private PublicKey dscKey;
    private SignatureSpec spec;
    private byte[] signedAttributes;
    private byte[] signature;
    private byte[] eContent;
    private String signerDigest;
    private String dgDigest;
    private List<byte[]> dataGroups;
    private Cert dscCert;
    private PublicKey cscaKey;
    private byte[] expectedMessageDigest;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        doc = TestDocumentFactory.spec().dsc(dsc).dg2Size(40_000).build();
        store = doc.trustStore();
        verifier = new DocumentVerifier(store);
        read = DocumentRead.builder().sod(doc.sod()).dataGroups(doc.dataGroups()).at(doc.at()).build();
        VerificationReport r = verifier.verify(read);
        if (r.verdict() != Verdict.VALID) {
            throw new IllegalStateException("benchmark document does not verify: " + r.checks());
        }

        Sod sod = Sod.read(doc.sod());
        CmsSigner si = sod.signedData().signers().get(0);
        dscCert = Cert.parse(sod.signedData().certificates().get(0));
        dscKey = dscCert.publicKey();
        cscaKey = Cert.parse(doc.csca().certificate()).publicKey();
        spec = SignatureSpec.resolve(si.signatureAlgorithm(), si.digestAlgorithm());
        signedAttributes = si.signedAttributesAsWritten();
        signature = si.signature();
        eContent = sod.signedData().content();
        signerDigest = Crypto.digestName(si.digestAlgorithm());
        expectedMessageDigest = Crypto.hash(signerDigest, eContent);
        dgDigest = Crypto.digestName(sod.hashAlgorithm());
        dataGroups = List.copyOf(doc.dataGroups().values());
        int total = dataGroups.stream().mapToInt(b -> b.length).sum();
        System.out.println("# document: SOD " + doc.sod().length + " B, data groups " + doc.dataGroups().keySet()
                + " " + total + " B, " + spec.describe());
    }

    /** The service's entry point: the whole report (PA, DG1 decode, DG14 protocols, consistency). */
    @Benchmark
    public VerificationReport documentVerifier() {
        return verifier.verify(read);
    }

    /** Passive Authentication alone. */
    @Benchmark
    public Object passiveAuthentication() {
        return PassiveAuthenticator.verify(doc.sod(), read.dataGroups(), "D<<", doc.at(), store);
    }

    /** The same signature verification and hashes, nothing else. */
    @Benchmark
    public void bareCrypto(Blackhole bh) throws Exception {
        bh.consume(bareSodSignatureAndHashes());
    }

    /** Bare crypto plus the DSC certificate's signature (what a verifier without a DSC cache pays). */
    @Benchmark
    public void bareCryptoWithDscSignature(Blackhole bh) throws Exception {
        bh.consume(bareSodSignatureAndHashes());
        bh.consume(dscCert.isSignedBy(cscaKey));
    }

    boolean bareSodSignatureAndHashesForPairing() throws Exception {
        return bareSodSignatureAndHashes();
    }

    private boolean bareSodSignatureAndHashes() throws Exception {
        boolean ok = MessageDigest.isEqual(MessageDigest.getInstance(signerDigest, Crypto.SUN).digest(eContent),
                expectedMessageDigest);
        String h = Crypto.jcaHash(spec.digest());
        Signature s = Signature.getInstance(spec.isRsa() ? h + "withRSA" : h + "withECDSA", Crypto.BC);
        s.initVerify(dscKey);
        s.update(signedAttributes);
        ok &= s.verify(signature);
        MessageDigest md = MessageDigest.getInstance(dgDigest, Crypto.SUN);
        for (byte[] dg : dataGroups) {
            ok &= md.digest(dg).length > 0;
        }
        return ok;
    }

    /** For a quick look without JMH. */
    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(new String[] {"PassiveAuthentication", "-f", "1", "-wi", "2", "-i", "3"});
    }

}
