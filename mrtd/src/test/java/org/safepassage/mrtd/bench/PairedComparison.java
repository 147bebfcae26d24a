package org.safepassage.mrtd.bench;

import java.util.Locale;

import org.safepassage.mrtd.testing.KeyType;

/**
 * A paired measurement for a shared, noisy machine: alternates short batches of the verifier and
 * of the bare crypto so both see the same load, times them in thread CPU time (what other jobs on
 * the machine do not inflate), and prints both throughputs and their ratio.
 * Complements the JMH benchmark, whose sequential runs drift apart when other jobs come and go.
 *
 * <p>Run: {@code java -cp <test classpath> org.safepassage.mrtd.bench.PairedComparison [seconds]}
 */
public final class PairedComparison {

    private PairedComparison() {
    }

    public static void main(String[] args) throws Exception {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        for (KeyType type : new KeyType[] {KeyType.RSA_2048, KeyType.BRAINPOOL_P256}) {
            PassiveAuthenticationBenchmark b = new PassiveAuthenticationBenchmark();
            b.dsc = type;
            b.setUp();
            int batch = type.isRsa() ? 200 : 20;
            long tVerifier = 0;
            long tPa = 0;
            long tBare = 0;
            long n = 0;
            long end = System.nanoTime() + (long) (seconds * 1e9);
            // warm-up
            for (int i = 0; i < batch * 20; i++) {
                b.documentVerifier();
                b.passiveAuthentication();
                b.bareSodSignatureAndHashesForPairing();
            }
            while (System.nanoTime() < end) {
                long t0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < batch; i++) {
                    b.documentVerifier();
                }
                long t1 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < batch; i++) {
                    b.bareSodSignatureAndHashesForPairing();
                }
                long t2 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < batch; i++) {
                    b.passiveAuthentication();
                }
                long t3 = mx.getCurrentThreadCpuTime();
                tVerifier += t1 - t0;
                tBare += t2 - t1;
                tPa += t3 - t2;
                n += batch;
            }
            double v = n / (tVerifier / 1e9);
            double p = n / (tPa / 1e9);
            double c = n / (tBare / 1e9);
            System.out.printf(Locale.ROOT, "%-15s (per CPU-second) documentVerifier %9.0f ops/s  passiveAuthentication %9.0f ops/s  "
                    + "bareCrypto %9.0f ops/s  verifier/bare %.1f%%  pa/bare %.1f%%%n", type, v, p, c, 100 * v / c, 100 * p / c);
        }
    }
}
