package distlab.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 5-node Raft cluster under steady client load ({@link RaftLoad}), in simulated time, with
 * the safety checker on. Reports committed entries and simulated events per wall-second
 * (the {@code committed} and {@code events} counters; the primary score is 100ms slices of
 * simulated time per second). Each iteration starts a fresh cluster, so the trace stays small.
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main RaftBench
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class RaftBench {
    /** {@code on}: the leader batches entries per follower; {@code off}: lecture 6.2 as written. */
    @Param({"on", "off"})
    public String batch;

    @Param({"20"})
    public int clients;

    private RaftLoad load;

    /** Per-second rates of what the cluster did, reported beside the primary score. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Work {
        public long committed;
        public long events;

        @Setup(Level.Iteration)
        public void clear() {
            committed = 0;
            events = 0;
        }
    }

    @Setup(Level.Iteration)
    public void cluster() {
        load = new RaftLoad(1, clients, batch.equals("on"));
        load.advance(1_000_000); // elect a leader and reach the steady state
    }

    /** 100ms of simulated time. */
    @Benchmark
    public long simulate(Work work) {
        long before = load.committed();
        long events = load.advance(100_000);
        work.events += events;
        work.committed += load.committed() - before;
        return events;
    }
}
