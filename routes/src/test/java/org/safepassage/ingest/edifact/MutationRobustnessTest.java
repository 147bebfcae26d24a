package org.safepassage.ingest.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final byte[] SPECIAL = "'+:?*.\r\n UNHUNTUNZUNBSRCTIFNADDOCDTM0123456789/".getBytes();

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
                    byte[] input = mutate(seed, random);
                    try {
                        PassengerMessageParser.parse(input).messages().forEach(m -> m.warnings().stream()
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

    private static byte[] mutate(byte[] seed, Random r) {
        byte[] b = seed.clone();
        int operations = 1 + r.nextInt(8);
        for (int i = 0; i < operations && b.length > 1; i++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(6)) {
                case 0 -> b[at] = (byte) r.nextInt(256);
                case 1 -> b[at] = SPECIAL[r.nextInt(SPECIAL.length)];
                case 2 -> b = Arrays.copyOf(b, Math.max(1, at)); // truncate
                case 3 -> { // cut a range
                    int len = Math.min(b.length - at, 1 + r.nextInt(200));
                    byte[] c = new byte[b.length - len];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, at + len, c, at, b.length - at - len);
                    b = c.length == 0 ? new byte[] {'\''} : c;
                }
                case 4 -> { // duplicate a range
                    int len = Math.min(b.length - at, 1 + r.nextInt(300));
                    byte[] c = new byte[b.length + len];
                    System.arraycopy(b, 0, c, 0, at + len);
                    System.arraycopy(b, at, c, at + len, b.length - at);
                    b = c;
                }
                default -> { // insert a special character
                    byte[] c = new byte[b.length + 1];
                    System.arraycopy(b, 0, c, 0, at);
                    c[at] = SPECIAL[r.nextInt(SPECIAL.length)];
                    System.arraycopy(b, at, c, at + 1, b.length - at);
                    b = c;
                }
            }
        }
        return b;
    }
}
