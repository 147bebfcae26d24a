package org.safepassage.mrtd.specimen;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safepassage.mrtd.DocumentVerifier;
import org.safepassage.mrtd.lds.Dg2;
import org.safepassage.mrtd.lds.IdentityFields;
import org.safepassage.mrtd.report.CheckStatus;
import org.safepassage.mrtd.report.Verdict;
import org.safepassage.mrtd.report.VerificationReport;
import org.safepassage.mrtd.trust.TrustStore;

/** Specimen documents (JMRTD writes the files and signs the SOD) verify as genuine against their own CSCA only. */
class SpecimenIssuerTest {

    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2040-01-01T00:00:00Z");
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final IdentityFields HOLDER = new IdentityFields("SPECIMEN", "ANNA MARIA", "SPX000123", "TUR",
            LocalDate.of(2018, 3, 14), "F", LocalDate.of(2031, 3, 13), "TUR");

    private static KeyPair keys(String algorithm, int size) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
        g.initialize(size);
        return g.generateKeyPair();
    }

    @Test
    void aSpecimenIsValidAgainstItsCscaAndIndeterminateWithoutIt() throws Exception {
        for (String algorithm : new String[] {"RSA", "EC"}) {
            KeyPair cscaKeys = keys(algorithm, "RSA".equals(algorithm) ? 2048 : 256);
            X509Certificate csca = SpecimenIssuer.csca(cscaKeys, "TR", "Specimen CSCA", FROM, TO);
            KeyPair dscKeys = keys(algorithm, "RSA".equals(algorithm) ? 2048 : 256);
            X509Certificate dsc = SpecimenIssuer.documentSigner(dscKeys.getPublic(), cscaKeys.getPrivate(), csca,
                    "Specimen DS", FROM, TO);
            SpecimenIssuer.Specimen doc = new SpecimenIssuer(new SpecimenIssuer.Signer(dscKeys.getPrivate(), dsc))
                    .issue(HOLDER, SpecimenIssuer.silhouetteJpeg(120, 150, 1), 120, 150);

            TrustStore trust = TrustStore.builder().addCertificate(csca.getEncoded(), "specimen csca").build();
            VerificationReport report = new DocumentVerifier(trust).verify(doc.read().identity(HOLDER).at(AT).build());
            assertThat(report.verdict()).as(algorithm + ": " + report.checks()).isEqualTo(Verdict.VALID);
            assertThat(report.status("dg1.api-match")).isEqualTo(CheckStatus.PASS);
            assertThat(report.status("mrz.api-match")).isEqualTo(CheckStatus.PASS);
            assertThat(report.status("lds.decode")).isEqualTo(CheckStatus.PASS);
            assertThat(doc.printedMrz()).startsWith("P<TURSPECIMEN<<ANNA<MARIA");
            assertThat(Dg2.faces(doc.dataGroups().get(2)).get(0).width()).isEqualTo(120);

            VerificationReport unknown = new DocumentVerifier(TrustStore.empty()).verify(doc.read().at(AT).build());
            assertThat(unknown.verdict()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(unknown.status("dsc.chain")).isEqualTo(CheckStatus.UNKNOWN);
        }
    }

    @Test
    void aDg1ReplacedAfterSigningFailsItsHash() throws Exception {
        KeyPair cscaKeys = keys("EC", 256);
        X509Certificate csca = SpecimenIssuer.csca(cscaKeys, "TR", "Specimen CSCA", FROM, TO);
        KeyPair dscKeys = keys("EC", 256);
        X509Certificate dsc = SpecimenIssuer.documentSigner(dscKeys.getPublic(), cscaKeys.getPrivate(), csca, "DS", FROM, TO);
        SpecimenIssuer.Specimen doc = new SpecimenIssuer(new SpecimenIssuer.Signer(dscKeys.getPrivate(), dsc))
                .issue(HOLDER, SpecimenIssuer.silhouetteJpeg(60, 80, 2), 60, 80);
        IdentityFields older = new IdentityFields(HOLDER.surname(), HOLDER.givenNames(), HOLDER.documentNumber(),
                HOLDER.nationality(), HOLDER.dateOfBirth().minusYears(4), HOLDER.sex(), HOLDER.dateOfExpiry(),
                HOLDER.issuingState());

        VerificationReport report = new DocumentVerifier(TrustStore.builder().addCertificate(csca.getEncoded(), "c").build())
                .verify(doc.read().dataGroup(1, SpecimenIssuer.dg1(older)).identity(HOLDER).at(AT).build());

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.failedChecks()).contains("dg1.hash", "dg1.mrz-match", "dg1.api-match")
                .doesNotContain("mrz.api-match");
    }
}
