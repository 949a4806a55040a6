package distlab.bench;

import distlab.protocol.crdt.GCounter;
import distlab.protocol.crdt.LwwRegister;
import distlab.protocol.crdt.LwwSet;
import distlab.protocol.crdt.MvRegister;
import distlab.protocol.crdt.OrSet;
import distlab.protocol.crdt.PnCounter;
import distlab.protocol.crdt.Stamp;
import distlab.sim.node.NodeId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one merge of two replica states, per CRDT type, at {@code size} replicas
 * (counters, and the version vectors of the MV register) or elements (sets). The two states
 * overlap by half and disagree on the rest, as after a partition: half the entries are the
 * same on both sides, half are newer on one side. The LWW register's merge does not grow
 * with size; it is measured at both sizes as a baseline.
 * Run: mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 *   java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main CrdtMergeBench -f 1 -wi 3 -i 5
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CrdtMergeBench {
    @Param({"100", "10000"})
    int size;

    GCounter gLeft, gRight;
    PnCounter pnLeft, pnRight;
    LwwRegister lwwLeft, lwwRight;
    MvRegister mvLeft, mvRight;
    LwwSet lwwSetLeft, lwwSetRight;
    OrSet orLeft, orRight;

    @Setup
    public void build() {
        NodeId[] nodes = new NodeId[size];
        for (int i = 0; i < size; i++) nodes[i] = new NodeId(i, "n" + (i + 1));
        NodeId a = nodes[0], b = nodes[Math.min(1, size - 1)];
        gLeft = GCounter.EMPTY;
        gRight = GCounter.EMPTY;
        pnLeft = PnCounter.EMPTY;
        pnRight = PnCounter.EMPTY;
        mvLeft = MvRegister.EMPTY;
        lwwSetLeft = LwwSet.EMPTY;
        lwwSetRight = LwwSet.EMPTY;
        orLeft = OrSet.EMPTY;
        orRight = OrSet.EMPTY;
        for (int i = 0; i < size; i++) {
            NodeId n = nodes[i];
            boolean shared = i % 2 == 0;
            gLeft = gLeft.inc(n, 5);
            gRight = gRight.inc(n, shared ? 5 : 7);
            pnLeft = pnLeft.inc(n, 5).dec(n, 2);
            pnRight = pnRight.inc(n, shared ? 5 : 7).dec(n, shared ? 2 : 3);
            // Every replica has written once; the register's vector then has an entry for each.
            mvLeft = mvLeft.set(n, "v");
            String element = "e" + i;
            Stamp early = new Stamp(i + 1L, a), late = new Stamp(i + 2L, b);
            lwwSetLeft = lwwSetLeft.add(element, early);
            lwwSetRight = shared ? lwwSetRight.add(element, early) : lwwSetRight.add(element, early).remove(element, late);
            orLeft = orLeft.add(element, early);
            orRight = shared ? orRight.add(element, early) : orRight.add(element, early).remove(element).add(element, late);
        }
        // Two concurrent writes on top of the same history: the merge keeps both siblings.
        mvRight = mvLeft.set(b, "right");
        mvLeft = mvLeft.set(a, "left");
        lwwLeft = LwwRegister.EMPTY.set("left", new Stamp(size, a));
        lwwRight = LwwRegister.EMPTY.set("right", new Stamp(size, b));
    }

    @Benchmark public GCounter gcounter() { return gLeft.merge(gRight); }

    @Benchmark public PnCounter pncounter() { return pnLeft.merge(pnRight); }

    @Benchmark public LwwRegister lwwreg() { return lwwLeft.merge(lwwRight); }

    @Benchmark public MvRegister mvreg() { return mvLeft.merge(mvRight); }

    @Benchmark public LwwSet lwwset() { return lwwSetLeft.merge(lwwSetRight); }

    @Benchmark public OrSet orset() { return orLeft.merge(orRight); }
}
