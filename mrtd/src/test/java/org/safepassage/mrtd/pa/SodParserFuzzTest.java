package org.safepassage.mrtd.pa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.safepassage.mrtd.cms.DerException;
import org.safepassage.mrtd.report.Check;
import org.safepassage.mrtd.report.CheckIds;
import org.safepassage.mrtd.report.CheckStatus;
import org.safepassage.mrtd.testing.TestData;
import org.safepassage.mrtd.trust.TrustStore;

/**
 * Jazzer fuzz tests for the SOD parser and Passive Authentication on arbitrary EF.SOD bytes. In a
 * normal {@code mvn test} they run their seed corpus (SodParserFuzzTestInputs); with
 * {@code JAZZER_FUZZ=1} they fuzz for {@code maxDuration}. No exception may escape and no input
 * may take long.
 */
class SodParserFuzzTest {

    private static final TrustStore STORE = TrustStore.empty();
    private static final Map<Integer, byte[]> DGS = Map.of(1, TestData.bsiDg1(), 14, TestData.bsiDg14());
    private static final Instant AT = Instant.parse("2014-06-01T00:00:00Z");

    @FuzzTest(maxDuration = "30s")
    void sodParser(byte[] data) {
        try {
            Sod sod = SodParser.parse(data);
            assertThat(sod.dataGroupHashes().keySet()).allMatch(n -> n >= 1 && n <= 16);
        } catch (DerException expected) {
            // malformed input is reported as DerException, and only that
        }
    }

    @FuzzTest(maxDuration = "30s")
    void passiveAuthentication(byte[] data) {
        long start = System.nanoTime();
        PaResult r = PassiveAuthenticator.verify(data, DGS, "D<<", AT, STORE);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(Duration.ofSeconds(2));
        Check parse = r.checks().get(0);
        assertThat(parse.id()).isEqualTo(CheckIds.SOD_PARSE);
        if (parse.status() == CheckStatus.FAIL) {
            assertThat(r.checks()).filteredOn(c -> c.id().endsWith(".hash"))
                    .allMatch(c -> c.status() == CheckStatus.SKIPPED);
        }
        // a hash may only PASS when the SOD signature verified
        boolean signed = r.checks().stream().anyMatch(c -> c.id().equals(CheckIds.SOD_SIGNATURE)
                && (c.status() == CheckStatus.PASS || c.status() == CheckStatus.WARN));
        if (!signed) {
            assertThat(r.checks()).filteredOn(c -> c.id().endsWith(".hash"))
                    .noneMatch(c -> c.status() == CheckStatus.PASS);
        }
    }
}
