package org.safepassage.mrtd;

import org.safepassage.mrtd.lds.IdentityFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safepassage.mrtd.report.CheckStatus;
import org.safepassage.mrtd.report.Verdict;
import org.safepassage.mrtd.report.VerificationReport;
import org.safepassage.mrtd.testing.KeyType;
import org.safepassage.mrtd.testing.TestDocumentFactory;
import org.safepassage.mrtd.testing.TestDocumentFactory.Fault;
import org.safepassage.mrtd.testing.TestDocumentFactory.RsaScheme;
import org.safepassage.mrtd.testing.TestDocumentFactory.TestDocument;

/** End-to-end verification of factory-made documents: the good ones, every fault, real-world quirks. */
class DocumentVerifierTest {

    private static VerificationReport verify(TestDocument doc) {
        return new DocumentVerifier(doc.trustStore()).verify(doc.read());
    }

    private static void assertValid(VerificationReport r) {
        assertThat(r.failedChecks()).as(r.checks().toString()).isEmpty();
        assertThat(r.verdict()).as(r.checks().toString()).isEqualTo(Verdict.VALID);
    }

    @ParameterizedTest
    @EnumSource(value = KeyType.class, names = {"RSA_2048", "EC_P256", "BRAINPOOL_P256", "BRAINPOOL_P384",
            "BRAINPOOL_P512", "BRAINPOOL_P256_EXPLICIT", "EC_P256_EXPLICIT"})
    void genuineDocumentIsValidForEveryDscKeyType(KeyType dsc) {
        VerificationReport r = verify(TestDocumentFactory.spec().dsc(dsc).build());

        assertValid(r);
        for (String id : new String[] {"sod.parse", "sod.profile", "sod.signature", "dsc.chain", "dsc.validity",
                "dsc.revocation", "dg1.hash", "dg2.hash", "dg14.hash", "dg15.hash", "dg1.mrz-match",
                "dg1.api-match", "aa.signature", "mrz.format", "mrz.document-number", "mrz.date-of-birth",
                "mrz.date-of-expiry", "mrz.composite"}) {
            assertThat(r.status(id)).as(id + " in " + r.checks()).isEqualTo(CheckStatus.PASS);
        }
        assertThat(r.facts().issuingState()).isEqualTo("D");
        assertThat(r.facts().chipProtocols().chipAuthentication()).isTrue();
        assertThat(r.facts().activeAuthenticationSupported()).isTrue();
    }

    @Test
    void ecdsaCscaWithExplicitParametersSignsAnRsaDsc() {
        assertValid(verify(TestDocumentFactory.spec().csca(KeyType.BRAINPOOL_P256_EXPLICIT).dsc(KeyType.RSA_2048).build()));
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void everyFaultIsNamed(Fault fault) {
        TestDocument doc = TestDocumentFactory.spec().fault(fault).build();
        VerificationReport r = verify(doc);

        switch (fault) {
            case TAMPERED_DG -> assertFailed(r, "dg2.hash");
            case WRONG_KEY, BAD_MESSAGE_DIGEST -> {
                assertFailed(r, "sod.signature");
                assertThat(r.status("dg1.hash")).isEqualTo(CheckStatus.SKIPPED); // never trust hashes of a bad SOD
            }
            case EXPIRED_DSC -> assertFailed(r, "dsc.validity");
            case REVOKED_DSC -> assertFailed(r, "dsc.revocation");
            case FORGED_CSCA -> assertFailed(r, "dsc.chain");
            case WRONG_COUNTRY -> {
                assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
                assertThat(r.failedChecks()).contains("dsc.chain"); // and dg1.identity-match: airline data says D
                assertThat(r.check("dsc.chain").orElseThrow().detail()).contains("does not match the issuing state");
            }
            case AA_CLONE -> assertFailed(r, "aa.signature");
            case SIGNED_DATA_VERSION_1 -> assertFailed(r, "sod.profile");
            case DG_NOT_IN_SOD -> assertFailed(r, "dg15.hash");
            case UNKNOWN_CSCA -> {
                assertThat(r.verdict()).isEqualTo(Verdict.INDETERMINATE);
                assertThat(r.failedChecks()).isEmpty();
                assertThat(r.status("dsc.chain")).isEqualTo(CheckStatus.UNKNOWN);
                assertThat(r.status("sod.signature")).isEqualTo(CheckStatus.PASS);
            }
            case ID_DATA_CONTENT_TYPE -> {
                assertValid(r);
                assertThat(r.status("sod.profile")).isEqualTo(CheckStatus.WARN);
                assertThat(r.check("sod.profile").orElseThrow().detail()).contains("id-data");
            }
            default -> throw new AssertionError("untested fault " + fault);
        }
    }

    private static void assertFailed(VerificationReport r, String id) {
        assertThat(r.verdict()).as(r.checks().toString()).isEqualTo(Verdict.INVALID);
        assertThat(r.failedChecks()).as(r.checks().toString()).containsExactly(id);
    }

    @Test
    void faultsOnBrainpoolDocuments() {
        VerificationReport tampered = verify(TestDocumentFactory.spec().dsc(KeyType.BRAINPOOL_P256)
                .fault(Fault.TAMPERED_DG).build());
        assertFailed(tampered, "dg2.hash");
        VerificationReport wrongKey = verify(TestDocumentFactory.spec().csca(KeyType.BRAINPOOL_P384)
                .dsc(KeyType.BRAINPOOL_P256).fault(Fault.WRONG_KEY).build());
        assertFailed(wrongKey, "sod.signature");
        VerificationReport clone = verify(TestDocumentFactory.spec().aa(KeyType.BRAINPOOL_P320).fault(Fault.AA_CLONE).build());
        assertFailed(clone, "aa.signature");
    }

    @Test
    void rsassaPssWithParametersFromTheSod() {
        VerificationReport r = verify(TestDocumentFactory.spec().rsaScheme(RsaScheme.PSS).signerHash("SHA-512")
                .pssSalt(20).build());
        assertValid(r);
        assertThat(r.check("sod.signature").orElseThrow().detail()).contains("RSASSA-PSS(SHA-512, MGF1-SHA-512, salt 20)");
    }

    @Test
    void pssSodFromADscWhoseCertificateSaysPlainRsaAndTheReverse() {
        assertValid(verify(TestDocumentFactory.spec().rsaScheme(RsaScheme.PSS).dscCertificatePss(false).build()));
        assertValid(verify(TestDocumentFactory.spec().rsaScheme(RsaScheme.PKCS1).dscCertificatePss(true).build()));
    }

    @Test
    void dscKeyLabelledRsassaPssSigningPkcs1AndPss() throws Exception {
        TestDocument doc = TestDocumentFactory.spec().dsc(KeyType.RSA_2048_PSS_KEY).build();
        assertThat(org.bouncycastle.asn1.x509.Certificate.getInstance(doc.dsc().certificate())
                .getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm().getId()).isEqualTo("1.2.840.113549.1.1.10");
        assertValid(verify(TestDocumentFactory.spec().dsc(KeyType.RSA_2048_PSS_KEY).rsaScheme(RsaScheme.PKCS1).build()));
        assertValid(verify(TestDocumentFactory.spec().dsc(KeyType.RSA_2048_PSS_KEY).rsaScheme(RsaScheme.PSS).build()));
    }

    @Test
    void signerInfoDeclaringTheOtherRsaSchemeIsAWarning() {
        for (RsaScheme scheme : RsaScheme.values()) {
            VerificationReport r = verify(TestDocumentFactory.spec().rsaScheme(scheme).mislabelRsaScheme(true).build());
            assertValid(r);
            assertThat(r.status("sod.signature")).isEqualTo(CheckStatus.WARN);
            assertThat(r.check("sod.signature").orElseThrow().detail()).contains("although the SOD declares");
        }
    }

    @Test
    void sha384AndSha224AndSha1DataGroupHashesAndLds18() {
        VerificationReport r384 = verify(TestDocumentFactory.spec().dataGroupHash("SHA-384").signerHash("SHA-384")
                .dsc(KeyType.BRAINPOOL_P384).lds18(true).build());
        assertValid(r384);
        assertThat(r384.facts().hashAlgorithm()).isEqualTo("SHA-384");
        assertThat(r384.facts().ldsVersion()).startsWith("1.8");
        assertValid(verify(TestDocumentFactory.spec().dataGroupHash("SHA-224").signerHash("SHA-224").build()));
        assertValid(verify(TestDocumentFactory.spec().dataGroupHash("SHA-1").signerHash("SHA-1").build()));
        assertValid(verify(TestDocumentFactory.spec().dataGroupHash("SHA-512").build()));
    }

    @Test
    void plainEcdsaSodSignatureAndEcActiveAuthentication() {
        VerificationReport r = verify(TestDocumentFactory.spec().dsc(KeyType.BRAINPOOL_P256).plainEcdsa(true)
                .aa(KeyType.BRAINPOOL_P320).build());
        assertValid(r);
        assertThat(r.check("aa.signature").orElseThrow().detail()).contains("ECDSA");
    }

    @Test
    void dscNotInTheSodIsTakenFromTheStoreByIssuerSerialOrSki() {
        assertValid(verify(TestDocumentFactory.spec().embedDsc(false).build()));
        VerificationReport bySki = verify(TestDocumentFactory.spec().embedDsc(false).signerIdBySki(true).build());
        assertValid(bySki);
        assertThat(bySki.check("sod.signature").orElseThrow().detail()).contains("from the trust store");
    }

    @Test
    void withoutSodTheVerdictCannotBeValidButAaIsStillChecked() {
        TestDocument doc = TestDocumentFactory.spec().build();
        VerificationReport r = new DocumentVerifier(doc.trustStore()).verify(DocumentRead.builder()
                .dataGroup(1, doc.dataGroups().get(1)).dataGroup(15, doc.dataGroups().get(15))
                .activeAuthentication(doc.aaChallenge(), doc.aaResponse()).at(doc.at()).build());

        assertThat(r.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(r.status("sod.signature")).isEqualTo(CheckStatus.SKIPPED);
        assertThat(r.status("dg1.hash")).isEqualTo(CheckStatus.SKIPPED);
        assertThat(r.status("aa.signature")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void printedMrzAndAirlineDataMismatchesNameTheFieldNotTheValue() {
        TestDocument doc = TestDocumentFactory.spec().build();
        String[] lines = doc.printedMrz().split("\n");
        lines[1] = lines[1].substring(0, 13) + "7" + lines[1].substring(14); // date of birth 640812 -> 740812
        String printed = String.join("\n", lines);
        IdentityFields airline = new IdentityFields("Mustermann", "Erika", "C01X00T48", "DEU",
                java.time.LocalDate.of(1964, 8, 12), "F", null, null);
        VerificationReport r = new DocumentVerifier(doc.trustStore()).verify(DocumentRead.builder()
                .sod(doc.sod()).dataGroups(doc.dataGroups()).printedMrz(printed).identity(airline).at(doc.at()).build());

        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        // the changed digit also breaks the printed MRZ's own check digits
        assertThat(r.failedChecks()).containsExactlyInAnyOrder("mrz.date-of-birth", "mrz.composite", "dg1.mrz-match",
                "dg1.api-match", "mrz.api-match");
        assertThat(r.check("dg1.mrz-match").orElseThrow().detail()).contains("date of birth").doesNotContain("640812");
        assertThat(r.check("dg1.api-match").orElseThrow().detail()).contains("document number")
                .doesNotContain("C01X00T4");
        // the printed MRZ's changed date of birth differs from the airline's too
        assertThat(r.check("mrz.api-match").orElseThrow().detail()).contains("date of birth", "document number")
                .doesNotContain("640812");
    }

    @Test
    void airlineNamesWithDiacriticsAndTruncationMatch() {
        TestDocument doc = TestDocumentFactory.spec().build();
        IdentityFields airline = new IdentityFields("Mustermann", "Erika Maria", "C01X00T47", "D",
                java.time.LocalDate.of(1964, 8, 12), "FEMALE", java.time.LocalDate.of(2031, 10, 31), "DEU");
        VerificationReport r = new DocumentVerifier(doc.trustStore()).verify(DocumentRead.builder()
                .sod(doc.sod()).dataGroups(doc.dataGroups()).identity(airline).at(doc.at()).build());
        assertThat(r.status("dg1.api-match")).isEqualTo(CheckStatus.WARN);
        assertThat(r.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void revocationRequiredWithoutCrlIsIndeterminate() {
        TestDocument doc = TestDocumentFactory.spec().build();
        var store = org.safepassage.mrtd.trust.TrustStore.builder().addCertificate(doc.csca().certificate(), "csca").build();
        assertThat(new DocumentVerifier(store).verify(doc.read()).verdict()).isEqualTo(Verdict.VALID);
        VerificationReport strict = new DocumentVerifier(store, true).verify(doc.read());
        assertThat(strict.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(strict.status("dsc.revocation")).isEqualTo(CheckStatus.UNKNOWN);
    }

    @Test
    void verificationTimeBeforeTheDscIsValidFails() {
        TestDocument doc = TestDocumentFactory.spec().at(Instant.parse("2019-01-01T00:00:00Z")).build();
        assertFailed(verify(doc), "dsc.validity");
    }
}
