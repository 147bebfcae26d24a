package org.safepassage.mrtd.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.mrtd.DocumentVerifier;
import org.safepassage.mrtd.report.CheckStatus;
import org.safepassage.mrtd.report.Verdict;
import org.safepassage.mrtd.report.VerificationReport;
import org.safepassage.mrtd.testing.KeyType;
import org.safepassage.mrtd.testing.TestCa;
import org.safepassage.mrtd.testing.TestDocumentFactory;
import org.safepassage.mrtd.testing.TestDocumentFactory.TestDocument;
import org.safepassage.mrtd.testing.TestMasterList;

/** Loading CSCAs, master lists and CRLs; link certificates; reloading. */
class TrustStoreTest {

    private static VerificationReport verify(TrustStore store, TestDocument doc) {
        return new DocumentVerifier(store).verify(doc.read());
    }

    @Test
    void masterListIsImportedWhenItsSignerChainsToTheConfiguredAnchor() {
        TestDocument doc = TestDocumentFactory.spec().build();
        TestCa signerCsca = TestCa.create("DE", KeyType.EC_P256, 3);
        TestMasterList.Signer mls = TestMasterList.signer(signerCsca, 0);
        byte[] ml = TestMasterList.build(mls, List.of(doc.csca().certificate(), signerCsca.certificate()), false, false);

        TrustStore store = TrustStore.builder().addMasterListSigner(cert(signerCsca.certificate()))
                .addMasterList(ml, "test.ml").build();

        assertThat(store.problems()).isEmpty();
        assertThat(store.cscas()).hasSize(2);
        assertThat(verify(store, doc).verdict()).isEqualTo(Verdict.VALID);

        // a master list dropped among the CSCA files is recognised as one
        TrustStore mixed = TrustStore.builder().addMasterListSigner(cert(signerCsca.certificate()))
                .addCertificate(ml, "in-csca-folder.ml").build();
        assertThat(mixed.problems()).isEmpty();
        assertThat(mixed.cscas()).hasSize(2);
    }

    @Test
    void masterListInBerWithQuirkyCertificateEncodingsIsImported() throws Exception {
        TestCa csca = TestCa.create("DE", KeyType.RSA_2048, 4);
        // the CSCA as some states publish it: zero-padded serial, non-minimal TBS length
        byte[] quirky = TestMasterList.quirkyEncoding(csca.certificate(), csca.privateKey(), csca.signatureAlgorithm(),
                BigInteger.valueOf(4711), true);
        TestCa negative = TestCa.create("DE", KeyType.EC_P256, 5);
        byte[] negativeSerial = TestMasterList.quirkyEncoding(negative.certificate(), negative.privateKey(),
                negative.signatureAlgorithm(), BigInteger.valueOf(-4242), false);
        TestCa signerCsca = TestCa.create("DE", KeyType.EC_P256, 3);
        byte[] ml = TestMasterList.build(TestMasterList.signer(signerCsca, 0), List.of(quirky, negativeSerial), true, false);

        TrustStore store = TrustStore.builder().addMasterListSigner(cert(signerCsca.certificate()))
                .addMasterList(ml, "ber.ml").build();

        assertThat(store.problems()).isEmpty();
        assertThat(store.cscas()).hasSize(2);
        Cert q = store.cscas().stream().filter(c -> c.serialNumber().equals(BigInteger.valueOf(4711))).findFirst().orElseThrow();
        assertThat(q.isSelfSigned()).isTrue(); // verified over the bytes as issued, not a re-encoding
        Cert n = store.cscas().stream().filter(c -> c.serialNumber().signum() < 0).findFirst().orElseThrow();
        assertThat(n.serialNumber()).isEqualTo(BigInteger.valueOf(-4242));
        assertThat(n.isSelfSigned()).isTrue();
    }

    @Test
    void masterListWithBadSignatureOrUntrustedSignerIsRejected() {
        TestDocument doc = TestDocumentFactory.spec().build();
        TestCa signerCsca = TestCa.create("DE", KeyType.EC_P256, 3);
        TestMasterList.Signer mls = TestMasterList.signer(signerCsca, 0);
        byte[] tampered = TestMasterList.build(mls, List.of(doc.csca().certificate()), false, true);
        byte[] good = TestMasterList.build(mls, List.of(doc.csca().certificate()), false, false);

        TrustStore bad = TrustStore.builder().addMasterListSigner(cert(signerCsca.certificate()))
                .addMasterList(tampered, "tampered.ml").build();
        assertThat(bad.cscas()).isEmpty();
        assertThat(bad.problems()).anyMatch(p -> p.contains("signature invalid"));

        TrustStore noAnchor = TrustStore.builder().addMasterList(good, "good.ml").build();
        assertThat(noAnchor.cscas()).isEmpty();
        assertThat(noAnchor.problems()).anyMatch(p -> p.contains("trust anchor"));
        assertThat(verify(noAnchor, doc).verdict()).isEqualTo(Verdict.INDETERMINATE);

        TrustStore garbage = TrustStore.builder().addMasterList(new byte[] {0x30, 0x03, 1, 2}, "garbage.ml").build();
        assertThat(garbage.problems()).hasSize(1);
    }

    /** An old CSCA, its new key (same name) and the link certificate between them; a document under the new key. */
    private record Rollover(TestCa old, TestCa renewed, byte[] link, TestDocument signed) {
        static Rollover make() {
            TestCa old = TestCa.create("DE", KeyType.RSA_2048, 10);
            TestCa renewed = old.rollover(KeyType.BRAINPOOL_P256, 0);
            return new Rollover(old, renewed, old.linkCertificateFor(renewed),
                    TestDocumentFactory.spec().signedBy(renewed.issueDsc(KeyType.EC_P256)).build());
        }
    }

    @Test
    void aLinkCertificateWhoseOldCscaIsAbsentIsATrustAnchorInItsOwnRight() {
        Rollover ro = Rollover.make();
        TrustStore linkOnly = TrustStore.builder().addCertificate(ro.link(), "link").build();
        VerificationReport r = verify(linkOnly, ro.signed());

        assertThat(r.verdict()).as(r.checks().toString()).isEqualTo(Verdict.VALID);
        assertThat(r.status("dsc.chain")).isEqualTo(CheckStatus.PASS);
        assertThat(r.check("dsc.chain").orElseThrow().detail()).contains("a link certificate whose issuer")
                .contains("is not in the trust store: trusted as configured");
        assertThat(r.check("dsc.validity").orElseThrow().detail()).contains("CSCA link certificate");
        assertThat(r.facts().cscaSubject()).isEqualTo(ro.renewed().name().toString());
    }

    @Test
    void aLinkCertificateAnchorIsStillCheckedForRevocationValidityAndKeyUsage() {
        Rollover ro = Rollover.make();
        TestDocument doc = ro.signed();
        byte[] crl = ro.renewed().crl(doc.at().minusSeconds(3600), doc.at().plusSeconds(3600), doc.at().minusSeconds(7200),
                doc.dsc().serial());
        TrustStore revoked = TrustStore.builder().addCertificate(ro.link(), "link").addCrl(crl, "new key's crl").build();
        assertThat(revoked.crlCount()).isEqualTo(1); // the CRL verifies with the link certificate's key
        assertThat(verify(revoked, doc).failedChecks()).containsExactly("dsc.revocation");

        byte[] expiredLink = ro.old().linkCertificateFor(ro.renewed(), Instant.parse("2015-01-01T00:00:00Z"),
                Instant.parse("2019-12-31T00:00:00Z"), KeyUsage.keyCertSign);
        VerificationReport expired = verify(TrustStore.builder().addCertificate(expiredLink, "link").build(), doc);
        assertThat(expired.failedChecks()).containsExactly("dsc.validity");

        byte[] noKeyCertSign = ro.old().linkCertificateFor(ro.renewed(), TestCa.DEFAULT_FROM, TestCa.DEFAULT_TO,
                KeyUsage.cRLSign);
        VerificationReport usage = verify(TrustStore.builder().addCertificate(noKeyCertSign, "link").build(), doc);
        assertThat(usage.failedChecks()).containsExactly("dsc.chain");
        assertThat(usage.check("dsc.chain").orElseThrow().detail()).contains("lacks keyCertSign");
    }

    @Test
    void withTheOldCscaPresentTooBothPathsAreValid() {
        Rollover ro = Rollover.make();
        TrustStore both = TrustStore.builder().addCertificate(ro.old().certificate(), "old")
                .addCertificate(ro.link(), "link").build();
        VerificationReport r = verify(both, ro.signed());
        assertThat(r.verdict()).as(r.checks().toString()).isEqualTo(Verdict.VALID);
        assertThat(r.check("dsc.chain").orElseThrow().detail())
                .contains("a link certificate from the previous CSCA key, which is also in the trust store and verifies it");

        // with the new key's self-signed certificate too, that is the anchor named
        TrustStore all = TrustStore.builder().addCertificate(ro.old().certificate(), "old")
                .addCertificate(ro.link(), "link").addCertificate(ro.renewed().certificate(), "new").build();
        VerificationReport selfSigned = verify(all, ro.signed());
        assertThat(selfSigned.verdict()).isEqualTo(Verdict.VALID);
        assertThat(selfSigned.check("dsc.chain").orElseThrow().detail()).doesNotContain("link certificate");

        // the old key alone does not vouch for the new one: trust cannot be established
        TrustStore oldOnly = TrustStore.builder().addCertificate(ro.old().certificate(), "old").build();
        VerificationReport unknownKey = verify(oldOnly, ro.signed());
        assertThat(unknownKey.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(unknownKey.status("dsc.chain")).isEqualTo(CheckStatus.UNKNOWN);
    }

    @Test
    void aLinkCertificateTheOldCscaDoesNotVerifyIsReported() {
        Rollover ro = Rollover.make();
        TestCa impostor = TestCa.forgeryOf(ro.old(), 3); // the old CSCA's name and key identifier, another key
        byte[] badLink = impostor.linkCertificateFor(ro.renewed());
        TrustStore store = TrustStore.builder().addCertificate(ro.old().certificate(), "old")
                .addCertificate(badLink, "link").build();
        VerificationReport r = verify(store, ro.signed());
        assertThat(r.status("dsc.chain")).isEqualTo(CheckStatus.WARN);
        assertThat(r.check("dsc.chain").orElseThrow().detail()).contains("does not verify with the key of the CSCA it names");
    }

    @Test
    void crlNotSignedByTheCscaIsIgnored() {
        TestDocument doc = TestDocumentFactory.spec().build();
        TestCa other = TestCa.create("FR", KeyType.EC_P256, 11);
        byte[] foreignCrl = other.crl(doc.at().minusSeconds(3600), doc.at().plusSeconds(3600), doc.at().minusSeconds(7200),
                doc.dsc().serial());
        TrustStore store = TrustStore.builder().addCertificate(doc.csca().certificate(), "csca")
                .addCrl(foreignCrl, "foreign.crl").build();
        assertThat(store.crlCount()).isZero();
        assertThat(store.problems()).anyMatch(p -> p.contains("not verifiable"));
        VerificationReport r = verify(store, doc);
        assertThat(r.status("dsc.revocation")).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(r.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void foldersOfPemDerAndHexFilesLoadAndReloadSwapsAtomically(@TempDir Path dir) throws Exception {
        TestDocument doc = TestDocumentFactory.spec().build();
        Path cscas = Files.createDirectories(dir.resolve("csca"));
        Path crls = Files.createDirectories(dir.resolve("crl"));
        TrustStoreConfig config = new TrustStoreConfig(List.of(cscas), List.of(), List.of(), List.of(crls));
        ReloadableTrustStore reloadable = ReloadableTrustStore.of(config);
        DocumentVerifier verifier = new DocumentVerifier(reloadable);

        assertThat(verifier.verify(doc.read()).verdict()).isEqualTo(Verdict.INDETERMINATE);

        TestCa other = TestCa.create("NL", KeyType.BRAINPOOL_P256, 12);
        Files.write(cscas.resolve("de.pem"), pem(doc.csca().certificate()).getBytes(StandardCharsets.US_ASCII));
        Files.write(cscas.resolve("nl.der"), other.certificate());
        Files.writeString(cscas.resolve("bsi-dsc.hex"), HexFormat.of().formatHex(
                TrustStore.pemBlocks(org.safepassage.mrtd.testing.TestData.bsiDscPem(), "CERTIFICATE").get(0)));
        Files.write(crls.resolve("de.crl"), doc.csca().crl(doc.at().minusSeconds(3600), doc.at().plusSeconds(3600),
                doc.at().minusSeconds(7200), doc.dsc().serial()));
        TrustStore before = reloadable.current();
        TrustStore after = reloadable.reload();

        assertThat(before.cscas()).isEmpty();
        assertThat(after.cscas()).hasSize(2);
        assertThat(after.dscCount()).isEqualTo(1);
        assertThat(after.crlCount()).isEqualTo(1);
        VerificationReport r = verifier.verify(doc.read());
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.failedChecks()).containsExactly("dsc.revocation");
    }

    private static Cert cert(byte[] der) {
        try {
            return Cert.parse(der);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }
}
