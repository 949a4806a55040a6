package distlab.bench;

import distlab.protocol.textcrdt.CharOp;
import distlab.protocol.textcrdt.TextCrdt;
import distlab.testing.EditingTrace;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jol.info.GraphLayout;

/**
 * The text CRDT on the real editing trace (src/test/resources/conformance/editing-trace): 259,778
 * edits of a paper's LaTeX source. {@code localReplay} makes them as local edits on one replica
 * (each insert chooses its position); {@code mergeIntoEmpty} applies every operation that
 * replica sent to a second, empty replica (each insert finds its place by position). Both texts
 * are checked against the known final text after every iteration, and the replica's heap size
 * is printed once, in bytes per character of the final text.
 *
 * <p>Published figures on this trace, one replica (J. Gentle, "5000x faster CRDTs", 2021):
 * Automerge about 291 s, Yjs about 0.97 s, diamond-types (Rust) about 56 ms.
 * Run: {@code ./bench.sh EditingTraceBench -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Djol.magicFieldOffset=true", "-Djdk.attach.allowAttachSelf=true"})
public class EditingTraceBench {
    private EditingTrace trace;
    private CharOp[] ops;
    private TextCrdt lastLocal;
    private TextCrdt lastMerged;

    @Setup(Level.Trial)
    public void load() {
        trace = EditingTrace.load();
        TextCrdt replica = replay();
        ops = sent;
        check(replica, "local replay");
        long bytes = GraphLayout.parseInstance(replica).totalSize();
        long opBytes = GraphLayout.parseInstance((Object) ops).totalSize();
        int chars = replica.length();
        System.out.printf(Locale.ROOT, "%nreplica: %,d bytes for %,d characters = %.1f bytes/char (%,d runs, deepest position %d levels)"
                        + "; the %,d operations it sent: %.1f bytes each%n",
                bytes, chars, (double) bytes / chars, replica.runs(), replica.maxDepth(), ops.length, (double) opBytes / ops.length);
    }

    private CharOp[] sent;

    private TextCrdt replay() {
        TextCrdt replica = new TextCrdt(0);
        CharOp[] out = new CharOp[trace.size()];
        boolean[] insert = trace.insert;
        int[] index = trace.index;
        int[] codePoint = trace.codePoint;
        for (int i = 0; i < out.length; i++) out[i] = insert[i] ? replica.insert(index[i], codePoint[i]) : replica.delete(index[i]);
        sent = out;
        return replica;
    }

    @Benchmark
    public TextCrdt localReplay() {
        lastLocal = replay();
        return lastLocal;
    }

    @Benchmark
    public TextCrdt mergeIntoEmpty() {
        TextCrdt replica = new TextCrdt(1);
        for (CharOp op : ops) replica.apply(op);
        lastMerged = replica;
        return replica;
    }

    @TearDown(Level.Iteration)
    public void checkTexts() {
        if (lastLocal != null) check(lastLocal, "local replay");
        if (lastMerged != null) check(lastMerged, "merge");
        lastLocal = null;
        lastMerged = null;
    }

    private void check(TextCrdt replica, String phase) {
        if (!replica.text().equals(trace.finalText)) throw new IllegalStateException(phase + " did not give the final text");
    }
}
