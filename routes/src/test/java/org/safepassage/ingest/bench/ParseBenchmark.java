package org.safepassage.ingest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.safepassage.ingest.EdifactParserConfig;
import org.safepassage.ingest.edifact.EdifactReader;
import org.safepassage.ingest.edifact.ParseOptions;
import org.safepassage.ingest.edifact.PassengerMessageParser;
import org.safepassage.ingest.edifact.Segment;
import org.safepassage.ingest.edifact.UnparseableMessageException;
import org.safepassage.manifest.model.Interchange;

/**
 * Single-threaded parse throughput on the reference message synthetic_300pax_d05b.edi (300
 * travellers, 3,912 segments, 63 KB). Travellers per second = ops/s x 300. Goal: 125,000
 * travellers/s into the model (about 417 ops/s).
 *
 * <pre>
 * ./mvnw -q -pl routes -am test-compile exec:exec -Pbench -Dbench=ParseBenchmark -Dbench.args="-f 1 -wi 3 -i 5"
 * </pre>
 *
 * {@code parseIntoModel} is the figure that counts (bytes in, {@code Interchange} with 300
 * {@code Traveller} records out, digests included); {@code scanSegments} is the bare syntax layer
 * (decode, separators, segments, no values materialised) for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ParseBenchmark {

    private byte[] synthetic300;
    private final PassengerMessageParser parser = EdifactParserConfig.standardParser(ParseOptions.defaults());

    @Setup
    public void load() throws IOException {
        try (InputStream in = ParseBenchmark.class.getResourceAsStream("/edifact/paxlst/synthetic_300pax_d05b.edi")) {
            if (in == null) {
                throw new IOException("synthetic_300pax_d05b.edi not on the test classpath");
            }
            synthetic300 = in.readAllBytes();
        }
    }

    @Benchmark
    public Interchange parseIntoModel() throws UnparseableMessageException {
        return parser.read(synthetic300);
    }

    @Benchmark
    public void scanSegments(Blackhole bh) throws UnparseableMessageException {
        EdifactReader reader = EdifactReader.open(synthetic300);
        for (Segment s = reader.next(); s != null; s = reader.next()) {
            bh.consume(s);
        }
    }
}
