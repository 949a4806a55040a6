package distlab.bench;

import distlab.engine.Session;
import distlab.engine.Timeline;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * Going back to a random moment of a long session (docs/limits.md, time travel): a 5-node Raft
 * cluster run for about a million events, then each operation puts the session just after a
 * random event, replaying from the nearest checkpoint, as the TUI's timeline does (the recorded
 * future is kept, so every operation starts from the same history). {@link #session} builds the
 * history once with {@code run 60s} commands, {@code oneRun} with a single long run, so that
 * checkpoints inside a run are measured too. The goal: under 0.5 s for any point.
 * <pre>
 * ./bench.sh RewindBench
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class RewindBench {
    @Param({"commands", "oneRun"})
    public String shape;

    @Param({"1000000"})
    public int events;

    private Session session;
    private Timeline timeline;
    private SplittableRandom random;

    @Setup(Level.Trial)
    public void build() {
        session = build(shape, events);
        timeline = session.timeline();
        random = new SplittableRandom(1);
    }

    /** A Raft session with at least {@code events} events, as many 60 s runs or one long run. */
    static Session build(String shape, int events) {
        return fill(new Session(1), shape, events);
    }

    /** Fills {@code s} as {@link #build} describes. */
    static Session fill(Session s, String shape, int events) {
        s.execute("spawn 5 raft");
        if (shape.equals("oneRun")) {
            // Idle Raft makes about 320 events per simulated second: one run of nearly all of them.
            s.execute("config runmax=24h");
            s.execute("run " + (events / 330) + "s");
        }
        while (s.sim().trace().eventCount() < events) s.execute("run 60s");
        return s;
    }

    @Benchmark
    public int rewindToARandomEvent() {
        int e = 1 + random.nextInt(session.sim().trace().eventCount() > 0 ? lastEvent() : 1);
        timeline.goTo(timeline.atEvent(e));
        return session.sim().trace().eventCount();
    }

    private int lastEvent() {
        return timeline.point(timeline.steps().size()).events();
    }
}
