package org.safepassage.mrtd.pa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.safepassage.mrtd.asn1.MalformedException;
import org.safepassage.mrtd.lds.Sod;
import org.safepassage.mrtd.report.Check;
import org.safepassage.mrtd.report.CheckIds;
import org.safepassage.mrtd.report.CheckStatus;
import org.safepassage.mrtd.testing.TestData;
import org.safepassage.mrtd.trust.TrustStore;

/**
 * Jazzer fuzz tests for the SOD parser and Passive Authentication on arbitrary EF.SOD bytes. In a
 * normal {@code mvn test} they run their seed corpus (SodParserFuzzTestInputs); with
 * {@code JAZZER_FUZZ=1} they fuzz for {@code maxDuration}. No exception may escape. Inputs larger
 * than any real EF.SOD are not tried, so every input's work is bounded by its size; a hang is caught
 * only by the timeout, far above the few milliseconds an input takes (no test asserts wall-clock
 * time: CI runs on a busy machine).
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SodParserFuzzTest {

    /** Larger than any EF.SOD of a real document (a few KB, with a long certificate chain some 20 KB). */
    private static final int MAX_INPUT = 64 * 1024;

    private static final TrustStore STORE = TrustStore.empty();
    private static final Map<Integer, byte[]> DGS = Map.of(1, TestData.bsiDg1(), 14, TestData.bsiDg14());
    private static final Instant AT = Instant.parse("2014-06-01T00:00:00Z");

    @FuzzTest(maxDuration = "30s")
    void sodParser(byte[] data) {
        if (data.length > MAX_INPUT) {
            return;
        }
        try {
            Sod sod = Sod.read(data);
            assertThat(sod.dataGroupHashes().keySet()).allMatch(n -> n >= 1 && n <= 16);
        } catch (MalformedException expected) {
            // malformed input is reported as MalformedException, and only that
        }
    }

    @FuzzTest(maxDuration = "30s")
    void passiveAuthentication(byte[] data) {
        if (data.length > MAX_INPUT) {
            return;
        }
        PaResult r = PassiveAuthenticator.verify(data, DGS, "D<<", AT, STORE);

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
