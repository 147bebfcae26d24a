package org.safepassage.mrtd.pa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.safepassage.mrtd.DocumentRead;
import org.safepassage.mrtd.DocumentVerifier;
import org.safepassage.mrtd.lds.Sod;
import org.safepassage.mrtd.report.CheckStatus;
import org.safepassage.mrtd.report.Verdict;
import org.safepassage.mrtd.report.VerificationReport;
import org.safepassage.mrtd.testing.TestData;
import org.safepassage.mrtd.trust.TrustStore;

/** The BSI TR-03105 reference SOD (RSASSA-PSS, SHA-256) with its DG1 and DG14: real-world bytes. */
class BsiReferenceSodTest {

    private static final Instant DURING_DSC_VALIDITY = Instant.parse("2014-06-01T00:00:00Z");

    private VerificationReport verify(TrustStore store, Instant at) {
        return new DocumentVerifier(store).verify(DocumentRead.builder()
                .sod(TestData.bsiSod())
                .dataGroup(1, TestData.bsiDg1())
                .dataGroup(14, TestData.bsiDg14())
                .printedMrz(TestData.text("bsi_tr03105_hjp_DG1_td3_D_mustermann.mrz"))
                .at(at)
                .build());
    }

    @Test
    void signatureValidWithEmbeddedDscButNoCscaIsIndeterminate() {
        VerificationReport r = verify(TrustStore.empty(), DURING_DSC_VALIDITY);

        assertThat(r.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(r.status("sod.parse")).isEqualTo(CheckStatus.PASS);
        assertThat(r.status("sod.profile")).isEqualTo(CheckStatus.PASS);
        assertThat(r.status("sod.signature")).isEqualTo(CheckStatus.PASS);
        assertThat(r.check("sod.signature").orElseThrow().detail()).contains("RSASSA-PSS(SHA-256, MGF1-SHA-256, salt 32)");
        assertThat(r.status("dsc.chain")).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(r.status("dsc.validity")).isEqualTo(CheckStatus.PASS);
        assertThat(r.status("dg1.hash")).isEqualTo(CheckStatus.PASS);
        assertThat(r.status("dg14.hash")).isEqualTo(CheckStatus.PASS);
        assertThat(r.status("dg2.hash")).isEqualTo(CheckStatus.SKIPPED);
        assertThat(r.status("dg3.hash")).isEqualTo(CheckStatus.SKIPPED);
        assertThat(r.status("dg1.mrz-match")).isEqualTo(CheckStatus.PASS);
        assertThat(r.failedChecks()).isEmpty();
        assertThat(r.facts().issuingState()).isEqualTo("D");
        assertThat(r.facts().ldsVersion()).isEqualTo("1.7");
        assertThat(r.facts().hashAlgorithm()).isEqualTo("SHA-256");
        assertThat(r.facts().dataGroupsInSod()).containsExactly(1, 2, 3, 4, 14);
        assertThat(r.facts().chipProtocols().chipAuthentication()).isTrue();
        assertThat(r.facts().chipProtocols().terminalAuthentication()).isTrue();
    }

    @Test
    void dscFromTheStoreStillDoesNotMakeItTrustedWithoutItsCsca() {
        TrustStore store = TrustStore.builder().addCertificate(TestData.bsiDscPem(), "bsi dsc").build();
        assertThat(store.cscas()).isEmpty();
        assertThat(store.dscCount()).isEqualTo(1);

        VerificationReport r = verify(store, DURING_DSC_VALIDITY);
        assertThat(r.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(r.status("dsc.chain")).isEqualTo(CheckStatus.UNKNOWN);
    }

    @Test
    void todayTheDscHasExpired() {
        VerificationReport r = verify(TrustStore.empty(), Instant.parse("2025-01-01T00:00:00Z"));

        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.failedChecks()).containsExactly("dsc.validity");
        assertThat(r.status("sod.signature")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void tamperedDg1FailsItsHash() {
        byte[] dg1 = TestData.bsiDg1();
        dg1[dg1.length - 2] ^= 0x01;
        VerificationReport r = new DocumentVerifier(TrustStore.empty()).verify(DocumentRead.builder()
                .sod(TestData.bsiSod()).dataGroup(1, dg1).at(DURING_DSC_VALIDITY).build());

        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.failedChecks()).contains("dg1.hash");
    }

    @Test
    void sodParserReadsTheLdsSecurityObject() {
        Sod sod = Sod.read(TestData.bsiSod());
        assertThat(sod.ldsObjectVersion()).isZero();
        assertThat(sod.hashAlgorithm()).isEqualTo("2.16.840.1.101.3.4.2.1");
        assertThat(sod.signedData().version()).isEqualTo(3);
        assertThat(sod.signedData().certificates()).hasSize(1);
        assertThat(sod.dataGroupHashes()).containsOnlyKeys(1, 2, 3, 4, 14);
    }
}
