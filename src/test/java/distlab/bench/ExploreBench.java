package distlab.bench;

import distlab.engine.Result;
import distlab.engine.Session;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * {@code explore} on a fresh 3-node Raft cluster (correct, one crash) and on the two generals,
 * a fixed search each: the primary score is searches per second; the {@code states} and
 * {@code unique} counters are states visited (repeats included) and distinct states per second.
 * <pre>
 * ./bench.sh ExploreBench -f 1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ExploreBench {
    private static final Pattern COUNTS = Pattern.compile("explored ([\\d,]+) states, ([\\d,]+) unique");

    @Param({"raft", "generals"})
    public String model;

    private Session session;
    private String search;

    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Work {
        public long states;
        public long unique;

        @Setup(Level.Iteration)
        public void clear() {
            states = 0;
            unique = 0;
        }
    }

    @Setup(Level.Trial)
    public void cluster() {
        session = new Session(1);
        if (model.equals("raft")) {
            run("spawn 3 raft", "net manual");
            search = "explore --crashes 1 --depth 6";
        } else {
            run("spawn 2 generals", "net manual", "config rounds=6 resend=200ms", "decide n1 attack");
            search = "explore --loss --crashes 1";
        }
    }

    private void run(String... lines) {
        for (String line : lines) {
            Result r = session.execute(line);
            if (r.failed()) throw new IllegalStateException(line + ": " + r.problem());
        }
    }

    @Benchmark
    public void explore(Work work) {
        Result r = session.execute(search);
        Matcher m = COUNTS.matcher(r.output());
        if (r.failed() || !m.find()) throw new IllegalStateException(r.output());
        work.states += Long.parseLong(m.group(1).replace(",", ""));
        work.unique += Long.parseLong(m.group(2).replace(",", ""));
    }
}
