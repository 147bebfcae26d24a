package org.safepassage.mrtd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.safepassage.mrtd.report.Verdict;
import org.safepassage.mrtd.testing.KeyType;
import org.safepassage.mrtd.testing.TestDocumentFactory;
import org.safepassage.mrtd.testing.TestDocumentFactory.Fault;
import org.safepassage.mrtd.testing.TestDocumentFactory.TestDocument;
import org.safepassage.mrtd.trust.ReloadableTrustStore;
import org.safepassage.mrtd.trust.TrustStore;

/** One verifier, many threads, and trust store reloads in between (as the routes service uses it). */
class ConcurrencyTest {

    @Test
    void concurrentVerificationsWhileTheTrustStoreIsReloaded() throws Exception {
        TestDocument rsa = TestDocumentFactory.spec().build();
        TestDocument ec = TestDocumentFactory.spec().dsc(KeyType.BRAINPOOL_P256).build();
        TestDocument tampered = TestDocumentFactory.spec().fault(Fault.TAMPERED_DG).build();
        TrustStore.Builder b = TrustStore.builder().addCertificate(rsa.csca().certificate(), "csca");
        ReloadableTrustStore store = new ReloadableTrustStore(b::build);
        DocumentVerifier verifier = new DocumentVerifier(store);

        ExecutorService pool = Executors.newFixedThreadPool(6);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int seed = t;
            results.add(pool.submit(() -> {
                int n = 0;
                while (!stop.get() || n < 50) {
                    TestDocument doc = switch ((seed + n) % 3) {
                        case 0 -> rsa;
                        case 1 -> ec;
                        default -> tampered;
                    };
                    Verdict v = verifier.verify(doc.read()).verdict();
                    Verdict expected = doc == tampered ? Verdict.INVALID : Verdict.VALID;
                    if (v != expected) {
                        throw new AssertionError("thread " + seed + " got " + v + " for document " + (seed + n) % 3);
                    }
                    n++;
                }
                return n;
            }));
        }
        for (int i = 0; i < 5; i++) {
            Thread.sleep(50);
            store.reload();
        }
        stop.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        int total = 0;
        for (Future<Integer> f : results) {
            total += f.get();
        }
        assertThat(total).isGreaterThanOrEqualTo(300);
    }
}
