package distlab.bench;

import distlab.sim.Simulation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Kernel throughput on a message storm among N plain-style nodes: each operation is one
 * scheduled delivery, which records a receive and a send in the trace (two trace events).
 * Run: ./bench.sh KernelBench
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class KernelBench {
    static final int DELIVERIES = 500_000;

    @Param({"5", "50"})
    int nodes;

    Simulation sim;

    @Setup(Level.Invocation)
    public void freshStorm() {
        sim = Storm.start(nodes, 20, 4 * DELIVERIES);
    }

    /** Operations are deliveries; trace events per second are twice the score. */
    @Benchmark
    @OperationsPerInvocation(DELIVERIES)
    public int deliveries() {
        return sim.step(DELIVERIES);
    }
}
