package org.safepassage.ingest.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Deterministic companion to {@link EdifactFuzzTest} that runs on every build: thousands of seeded
 * random mutations of the samples (byte flips, separators inserted, ranges cut, duplicated or
 * truncated). Only {@link UnparseableMessageException} may escape, and the whole run stays fast.
 * The parser's own safety nets (a per-segment catch, a last-resort "internal error" rejection) must
 * never fire: they would hide a defect.
 */
class MutationRobustnessTest {

    @Test
    void mutatedInterchangesYieldAModelOrTheDocumentedException() {
        List<byte[]> seeds = List.of(
                TestInputs.sample("paxlst/gtas_Test3_d02b_split_part1.edi"),
                TestInputs.sample("paxlst/gtas_apisMessage_d05b_2pax_multileg.edi"),
                TestInputs.sample("paxlst/smooks_d03b_ace_emanifest_crew_1.edi"),
                TestInputs.sample("pnrgov/gtas_3_pnrs.edi"),
                TestInputs.sample("pnrgov/gtas_codeshare.edi"),
                TestInputs.sample("pnrgov/gtas_pnrMessageExample.edi"),
                TestInputs.sample("pnrgov/gtas_pnrWithDoco.edi"),
                TestInputs.utf8(TestInputs.D05B_FAMILY));
        Random random = new Random(20240301L);
        int[] outcome = new int[2];
        List<String> unexpected = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int round = 0; round < 500; round++) {
                for (byte[] seed : seeds) {
                    byte[] input = TestInputs.mutate(seed, random);
                    try {
                        TestInputs.STANDARD_PARSER.read(input).messages().forEach(m -> m.warnings().stream()
                                .filter(w -> w.message().contains("could not be read"))
                                .forEach(w -> unexpected.add("mapper defect: " + w)));
                        outcome[0]++;
                    } catch (UnparseableMessageException e) {
                        if (e.reason().startsWith("internal error")) {
                            unexpected.add("parser defect: " + e.reason());
                        }
                        outcome[1]++;
                    } catch (RuntimeException | StackOverflowError e) {
                        unexpected.add(e + " on round " + round);
                    }
                }
            }
        });
        assertThat(unexpected).isEmpty();
        assertThat(outcome[0]).as("most mutations are still readable").isGreaterThan(outcome[1]);
    }
}
