package org.safepassage.mrtd.pa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safepassage.mrtd.report.CheckStatus;
import org.safepassage.mrtd.testing.TestData;
import org.safepassage.mrtd.testing.TestDocumentFactory;
import org.safepassage.mrtd.testing.TestDocumentFactory.SignedAttributes;
import org.safepassage.mrtd.testing.TestDocumentFactory.TestDocument;
import org.safepassage.mrtd.trust.TrustStore;

/**
 * EF.SOD as real readers and issuers write it, around what JMRTD and Bouncy Castle take: the BSI
 * reference SOD (RSASSA-PSS with SHA-256, salt 32) re-framed the ways files arrive (indefinite
 * length, no 0x77 tag, a non-minimal length), and signed attributes written non-DER.
 */
class RealWorldEncodingsTest {

    private static final Instant BSI_TIME = Instant.parse("2014-06-01T00:00:00Z");
    private static final Map<Integer, byte[]> BSI_GROUPS = Map.of(1, TestData.bsiDg1(), 14, TestData.bsiDg14());

    /** The BSI SOD's ContentInfo (the 0x77 tag and its 3-byte length removed). */
    private static byte[] bsiContentInfo() {
        byte[] sod = TestData.bsiSod();
        assertThat(sod[0]).isEqualTo((byte) 0x77);
        assertThat(sod[1]).isEqualTo((byte) 0x82);
        return Arrays.copyOfRange(sod, 4, sod.length);
    }

    private static void assertVerifiesLikeTheOriginal(byte[] sod) {
        PaResult r = PassiveAuthenticator.verify(sod, BSI_GROUPS, "D<<", BSI_TIME, TrustStore.empty());
        PaResult original = PassiveAuthenticator.verify(TestData.bsiSod(), BSI_GROUPS, "D<<", BSI_TIME, TrustStore.empty());
        assertThat(r.checks()).as(r.checks().toString()).isEqualTo(original.checks());
        assertThat(status(r, "sod.signature")).isEqualTo(CheckStatus.PASS);
        assertThat(status(r, "dg1.hash")).isEqualTo(CheckStatus.PASS);
    }

    private static CheckStatus status(PaResult r, String id) {
        return r.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().status();
    }

    @Test
    void bsiSodWithAnIndefiniteLengthTag() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0x77);
        b.write(0x80);
        b.writeBytes(bsiContentInfo());
        b.write(0);
        b.write(0);
        assertVerifiesLikeTheOriginal(b.toByteArray()); // JMRTD wants a definite length: re-framed for it
    }

    @Test
    void bsiSodWithoutItsApplicationTag() {
        assertVerifiesLikeTheOriginal(bsiContentInfo()); // JMRTD wants the 0x77 tag: added for it
    }

    @Test
    void bsiSodWhoseContentInfoLengthIsNotMinimal() {
        byte[] ci = bsiContentInfo(); // 30 82 07 86 ...
        assertThat(ci[1]).isEqualTo((byte) 0x82);
        ByteArrayOutputStream nonMinimal = new ByteArrayOutputStream();
        nonMinimal.writeBytes(new byte[] {0x30, (byte) 0x83, 0x00, ci[2], ci[3]});
        nonMinimal.write(ci, 4, ci.length - 4);
        byte[] body = nonMinimal.toByteArray();
        ByteArrayOutputStream sod = new ByteArrayOutputStream();
        sod.writeBytes(new byte[] {0x77, (byte) 0x82, (byte) (body.length >> 8), (byte) body.length});
        sod.writeBytes(body);
        assertVerifiesLikeTheOriginal(sod.toByteArray());
    }

    @Test
    void signedAttributesWithANonMinimalLengthVerifyOverTheBytesAsWritten() {
        TestDocument doc = TestDocumentFactory.spec().signedAttributes(SignedAttributes.NON_MINIMAL_LENGTH).build();
        PaResult r = PassiveAuthenticator.verify(doc.sod(), doc.dataGroups(), "D<<", doc.at(), doc.trustStore());
        assertThat(status(r, "sod.signature")).as(r.checks().toString()).isEqualTo(CheckStatus.PASS);
        assertThat(status(r, "dg2.hash")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void unsortedSignedAttributesSignedInTheirDerFormAreAWarning() {
        TestDocument doc = TestDocumentFactory.spec().signedAttributes(SignedAttributes.UNSORTED_SIGNED_AS_DER).build();
        PaResult r = PassiveAuthenticator.verify(doc.sod(), doc.dataGroups(), "D<<", doc.at(), doc.trustStore());
        assertThat(status(r, "sod.signature")).as(r.checks().toString()).isEqualTo(CheckStatus.WARN);
        assertThat(r.checks().stream().filter(c -> c.id().equals("sod.signature")).findFirst().orElseThrow().detail())
                .contains("not DER-encoded");
        assertThat(status(r, "dg2.hash")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aWrongSignatureStaysWrongWhicheverEncodingIsTried() {
        TestDocument doc = TestDocumentFactory.spec().signedAttributes(SignedAttributes.NON_MINIMAL_LENGTH)
                .fault(TestDocumentFactory.Fault.WRONG_KEY).build();
        PaResult r = PassiveAuthenticator.verify(doc.sod(), doc.dataGroups(), "D<<", doc.at(), doc.trustStore());
        assertThat(status(r, "sod.signature")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(r, "dg1.hash")).isEqualTo(CheckStatus.SKIPPED);
    }
}
