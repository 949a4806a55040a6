package distlab.bench;

import distlab.check.HistoryLinearizability;
import distlab.check.linearizability.Verdict;
import distlab.engine.Result;
import distlab.engine.Session;
import distlab.protocol.client.ClientProtocol;
import distlab.protocol.client.History;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code cluster.linearizable} on real quorum sessions: the history of 1,000 and 10,000 ops
 * (3 replicas, writeback on, 4 clients with overlapping ops under random latency) converted
 * and checked, as {@code check linearizable} does it. Run with {@code ./bench.sh QuorumSessionBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QuorumSessionBench {
    private History ops1k;
    private History ops10k;

    @Setup
    public void record() {
        ops1k = session(1_000);
        ops10k = session(10_000);
    }

    /** c1 writes x, c2 writes y, c3 and c4 read both: every client issues an op every 20ms. */
    static History session(int ops) {
        Session s = new Session(1);
        run(s, "spawn 3 quorum");
        run(s, "config writeback=on");
        int issued = 0;
        for (int round = 0; issued < ops; round++) {
            run(s, "put x " + round + " --client c1");
            run(s, "put y " + round + " --client c2");
            run(s, "get " + (round % 2 == 0 ? "x" : "y") + " --client c3");
            run(s, "get " + (round % 2 == 0 ? "y" : "x") + " --client c4");
            issued += 4;
            run(s, "advance 20ms");
        }
        run(s, "advance 2s");
        History history = ((ClientProtocol) s.module()).history();
        if (HistoryLinearizability.verdict(history) != Verdict.LINEARIZABLE) throw new IllegalStateException("expected linearizable");
        return history;
    }

    private static void run(Session s, String line) {
        Result r = s.execute(line);
        if (r.failed()) throw new IllegalStateException(line + ": " + r.problem());
    }

    @Benchmark
    public Verdict quorumSession1k() {
        return HistoryLinearizability.verdict(ops1k);
    }

    @Benchmark
    public Verdict quorumSession10k() {
        return HistoryLinearizability.verdict(ops10k);
    }
}
