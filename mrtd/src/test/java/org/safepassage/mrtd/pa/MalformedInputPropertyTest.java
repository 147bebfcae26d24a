package org.safepassage.mrtd.pa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.safepassage.mrtd.DocumentRead;
import org.safepassage.mrtd.DocumentVerifier;
import org.safepassage.mrtd.report.Verdict;
import org.safepassage.mrtd.report.VerificationReport;
import org.safepassage.mrtd.testing.KeyType;
import org.safepassage.mrtd.testing.TestDocumentFactory;
import org.safepassage.mrtd.testing.TestDocumentFactory.TestDocument;

/**
 * Property tests over mutated genuine documents: every truncation and random byte changes of the
 * SOD and data groups give a report (never an exception, never a hang), and a change anywhere in
 * the signed content or the data never gives VALID. Work is bounded by the number of mutations; a
 * hang is caught only by the timeout, far above the second or so the tests take.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class MalformedInputPropertyTest {

    @Test
    void everyTruncationOfTheSodIsAFailNotAnException() {
        TestDocument doc = TestDocumentFactory.spec().dsc(KeyType.BRAINPOOL_P256).build();
        DocumentVerifier verifier = new DocumentVerifier(doc.trustStore());
        for (int len = 0; len < doc.sod().length; len += 7) {
            byte[] cut = Arrays.copyOf(doc.sod(), len);
            VerificationReport r = verifier.verify(DocumentRead.builder().sod(cut).dataGroups(doc.dataGroups())
                    .at(doc.at()).build());
            assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
            assertThat(r.failedChecks()).contains("sod.parse");
        }
    }

    @Test
    void randomMutationsNeverEscapeAndNeverValidateChangedContent() {
        TestDocument doc = TestDocumentFactory.spec().build();
        DocumentVerifier verifier = new DocumentVerifier(doc.trustStore());
        Random random = new Random(20140601);
        assertThatCode(() -> {
            for (int i = 0; i < 1000; i++) {
                byte[] sod = doc.sod().clone();
                int flips = 1 + random.nextInt(3);
                for (int f = 0; f < flips; f++) {
                    sod[random.nextInt(sod.length)] ^= (byte) (1 << random.nextInt(8));
                }
                VerificationReport r = verifier.verify(DocumentRead.builder().sod(sod).dataGroups(doc.dataGroups())
                        .printedMrz(doc.printedMrz()).activeAuthentication(doc.aaChallenge(), doc.aaResponse())
                        .at(doc.at()).build());
                assertThat(r.checks()).isNotEmpty();
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void aChangedDataGroupOrEcontentByteIsNeverValid() {
        TestDocument doc = TestDocumentFactory.spec().dsc(KeyType.EC_P256).build();
        DocumentVerifier verifier = new DocumentVerifier(doc.trustStore());
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            int dg = new int[] {1, 2, 14, 15}[random.nextInt(4)];
            byte[] data = doc.dataGroups().get(dg).clone();
            data[random.nextInt(data.length)] ^= (byte) (1 + random.nextInt(255));
            var groups = new java.util.TreeMap<>(doc.dataGroups());
            groups.put(dg, data);
            VerificationReport r = verifier.verify(DocumentRead.builder().sod(doc.sod()).dataGroups(groups)
                    .at(doc.at()).build());
            assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
            assertThat(r.failedChecks()).contains("dg" + dg + ".hash");
        }
    }

    @Test
    void garbageDataGroupsAndAaInputAreReportedNotThrown() {
        TestDocument doc = TestDocumentFactory.spec().aa(KeyType.BRAINPOOL_P320).build();
        DocumentVerifier verifier = new DocumentVerifier(doc.trustStore());
        byte[][] junk = {new byte[0], {0x61}, {0x61, 0x05, 0x5F}, {0x6E, 0x02, 0x31, 0x00}, {0x6F, (byte) 0x84, 1},
                {0x30, 0x00}};
        for (byte[] j : junk) {
            for (int dg : new int[] {1, 14, 15}) {
                var groups = new java.util.TreeMap<>(doc.dataGroups());
                groups.put(dg, j);
                VerificationReport r = verifier.verify(DocumentRead.builder().sod(doc.sod()).dataGroups(groups)
                        .printedMrz("not an MRZ").activeAuthentication(new byte[8], j).at(doc.at()).build());
                assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
            }
        }
    }
}
