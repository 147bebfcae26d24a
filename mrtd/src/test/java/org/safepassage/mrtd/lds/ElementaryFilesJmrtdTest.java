package org.safepassage.mrtd.lds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.jmrtd.lds.icao.COMFile;
import org.junit.jupiter.api.Test;
import org.safepassage.mrtd.DocumentVerifier;
import org.safepassage.mrtd.asn1.MalformedException;
import org.safepassage.mrtd.crypto.PublicKeys;
import org.safepassage.mrtd.report.CheckStatus;
import org.safepassage.mrtd.report.Verdict;
import org.safepassage.mrtd.report.VerificationReport;
import org.safepassage.mrtd.testing.KeyType;
import org.safepassage.mrtd.testing.TestData;
import org.safepassage.mrtd.testing.TestDocumentFactory;
import org.safepassage.mrtd.testing.TestDocumentFactory.TestDocument;

/** The elementary files JMRTD decodes, and what the verifier does where JMRTD gives up. */
class ElementaryFilesJmrtdTest {

    @Test
    void bsiDg14WithAnExplicitParameterChipAuthenticationKey() {
        Dg14 dg14 = Dg14.read(TestData.bsiDg14());
        assertThat(dg14.jmrtdProblem()).isNull();
        assertThat(dg14.protocols().chipAuthentication()).isTrue();
        assertThat(dg14.protocols().terminalAuthentication()).isTrue();
        assertThat(dg14.protocols().protocolOids()).containsExactly("0.4.0.127.0.7.2.2.1.2", "0.4.0.127.0.7.2.2.2",
                "0.4.0.127.0.7.2.2.3.2.1");
    }

    @Test
    void activeAuthenticationInfoWithAnX962OidThatJmrtdDropsIsReadWithBouncyCastle() throws Exception {
        TestDocument doc = TestDocumentFactory.spec().aa(KeyType.BRAINPOOL_P320).build();
        byte[] dg14 = TestDocumentFactory.dg14("1.2.840.10045.4.3.2"); // ecdsa-with-SHA256, not the BSI plain OID
        Dg14 read = Dg14.read(dg14);
        assertThat(read.protocols().activeAuthenticationInfo()).isTrue();
        assertThat(read.protocols().aaSignatureAlgorithm()).isEqualTo("1.2.840.10045.4.3.2");
        assertThat(read.jmrtdProblem()).contains("2.23.136.1.1.5");

        var groups = new java.util.TreeMap<>(doc.dataGroups());
        groups.put(14, dg14);
        VerificationReport r = new DocumentVerifier(doc.trustStore()).verify(org.safepassage.mrtd.DocumentRead.builder()
                .dataGroups(groups).activeAuthentication(doc.aaChallenge(), doc.aaResponse()).at(doc.at()).build());
        assertThat(r.status("lds.decode")).isEqualTo(CheckStatus.WARN);
        assertThat(r.check("lds.decode").orElseThrow().detail()).contains("Bouncy Castle");
        // the response is plain r||s with SHA-256: the named algorithm still verifies it
        assertThat(r.status("aa.signature")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void dg15KeysComeBackAsBouncyCastleKeysWhateverJmrtdDecodedThemWith() throws Exception {
        for (KeyType t : new KeyType[] {KeyType.RSA_1024, KeyType.BRAINPOOL_P320, KeyType.BRAINPOOL_P256_EXPLICIT}) {
            byte[] dg15 = TestDocumentFactory.spec().aa(t).build().dataGroups().get(15);
            var key = Dg15.activeAuthenticationKey(dg15);
            assertThat(key.getClass().getName()).startsWith("org.bouncycastle");
            assertThat(PublicKeys.describe(key)).doesNotContain("explicit"); // brainpool written out: the named curve
        }
    }

    @Test
    void dg1LongDocumentNumbersAsJmrtdDecodesThem() {
        Dg1 td2 = Dg1.read(dg1("I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<D23145890<UTO3407127M95071227349<<<8"));
        assertThat(td2.documentNumber()).isEqualTo("D23145890734");
        assertThat(td2.jmrtdProblem()).isNull();
    }

    @Test
    void comListsTheDataGroupsAndDisagreementWithTheSodIsAWarning() throws Exception {
        TestDocument doc = TestDocumentFactory.spec().build();
        byte[] com = new COMFile("1.7", "4.0.0", new int[] {0x61, 0x75, 0x63, 0x6E, 0x6F}).getEncoded(); // DG1, 2, 3, 14, 15
        assertThat(Com.read(com).dataGroups()).containsExactly(1, 2, 3, 14, 15);
        assertThat(Com.read(com).ldsVersion()).isEqualTo("1.7");

        VerificationReport r = new DocumentVerifier(doc.trustStore()).verify(org.safepassage.mrtd.DocumentRead.builder()
                .com(com).sod(doc.sod()).dataGroups(doc.dataGroups()).at(doc.at()).build());
        assertThat(r.status("lds.decode")).isEqualTo(CheckStatus.WARN);
        assertThat(r.check("lds.decode").orElseThrow().detail()).contains("EF.COM lists data group(s) [3]");
        assertThat(r.verdict()).isEqualTo(Verdict.VALID); // EF.COM is not signed: worth a look, not a failure

        VerificationReport garbage = new DocumentVerifier(doc.trustStore()).verify(org.safepassage.mrtd.DocumentRead
                .builder().com(new byte[] {0x60, 0x03, 0x5F, 0x01, 0x00}).sod(doc.sod()).dataGroups(doc.dataGroups())
                .at(doc.at()).build());
        assertThat(garbage.status("lds.decode")).isEqualTo(CheckStatus.FAIL);
        assertThat(garbage.check("lds.decode").orElseThrow().detail()).startsWith("EF.COM cannot be decoded");
    }

    @Test
    void dg2JpegFaceIsPassedThrough() {
        byte[] jpeg = TestDocumentFactory.paddedJpeg(160, 200, 12_000);
        List<Dg2.FaceImage> faces = Dg2.faces(TestDocumentFactory.dg2WithFace(jpeg, 160, 200, false));
        assertThat(faces).hasSize(1);
        assertThat(faces.get(0).isJpeg()).isTrue();
        assertThat(faces.get(0).width()).isEqualTo(160);
        assertThat(faces.get(0).jpeg()).isEqualTo(jpeg);
        // every factory document carries such a DG2
        assertThat(Dg2.photoJpeg(TestDocumentFactory.spec().build().dataGroups().get(2))).startsWith(0xFF, 0xD8);
    }

    @Test
    void dg2Jpeg2000FaceIsDecodedToJpeg() throws Exception {
        // (jai-imageio's JPEG 2000 writer clips TYPE_INT_RGB samples at 127; byte samples it writes right)
        BufferedImage img = new BufferedImage(120, 150, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 150; y++) {
            for (int x = 0; x < 120; x++) {
                img.setRGB(x, y, x < 60 ? 0xC08040 : 0x2050A0);
            }
        }
        ByteArrayOutputStream jp2 = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, "jpeg2000", jp2)).as("JPEG 2000 writer on the class path").isTrue();

        Dg2.FaceImage face = Dg2.faces(TestDocumentFactory.dg2WithFace(jp2.toByteArray(), 120, 150, true)).get(0);
        assertThat(face.isJpeg2000()).isTrue();
        byte[] jpeg = face.jpeg();
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(jpeg).startsWith(0xFF, 0xD8);
        assertThat(back.getWidth()).isEqualTo(120);
        assertThat(back.getHeight()).isEqualTo(150);
        assertThat(Integer.toHexString(back.getRGB(10, 75) & 0xF0F0F0)).isEqualTo("c08040"); // the left half stays orange
        assertThat(Integer.toHexString(back.getRGB(110, 75) & 0xF0F0F0)).isEqualTo("2050a0"); // the right half blue
    }

    @Test
    void malformedFilesThrowMalformedExceptionOnly() {
        for (byte[] junk : new byte[][] {{}, {0x75}, {0x75, 0x02, 0x7F, 0x61}, {0x30, 0x00}}) {
            assertThatThrownBy(() -> Dg2.faces(junk)).isInstanceOf(MalformedException.class);
            assertThatThrownBy(() -> Com.read(junk)).isInstanceOf(MalformedException.class);
            assertThatThrownBy(() -> Dg14.read(junk)).isInstanceOf(MalformedException.class);
            assertThatThrownBy(() -> Dg1.read(junk)).isInstanceOf(MalformedException.class);
            assertThatThrownBy(() -> Sod.read(junk)).isInstanceOf(MalformedException.class);
        }
        byte[] notAnImage = TestDocumentFactory.dg2WithFace(new byte[] {1, 2, 3, 4}, 10, 10, true);
        assertThatThrownBy(() -> Dg2.photoJpeg(notAnImage)).isInstanceOf(MalformedException.class);
    }

    private static byte[] dg1(String mrz) {
        return org.safepassage.mrtd.testing.Tlv.of(0x61, org.safepassage.mrtd.testing.Tlv.of(0x5F1F,
                mrz.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }
}
