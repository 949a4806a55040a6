package distlab.sim.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The compact vector stamps read back exactly the vectors that were recorded: full vectors,
 * single entries, the receive rule and happens-before, on random traces with the kernel's
 * vector clock rules (tick on send and local, max then tick on receive), nodes added part-way
 * (vectors widen), notes sharing an event's stamps, and long runs that cross checkpoints and
 * outrun the ring of recent send stamps.
 */
class CompactStampsProperties {
    /** The trace fed as the kernel feeds it, beside a naive model: every node's full vector, copied at every event. */
    private static final class Model {
        final Trace trace = new Trace();
        /** The nodes' clocks as the kernel keeps them; the trace applies the rules to them. */
        final List<int[]> clocks = new ArrayList<>();
        /** The same clocks, kept by the naive rules here. */
        final List<int[]> naive = new ArrayList<>();
        final List<int[]> stampOfEntry = new ArrayList<>();
        final List<Integer> sends = new ArrayList<>();

        void addNode() {
            clocks.add(new int[0]);
            naive.add(new int[0]);
            for (int i = 0; i < clocks.size(); i++) {
                clocks.set(i, Arrays.copyOf(clocks.get(i), clocks.size()));
                naive.set(i, Arrays.copyOf(naive.get(i), clocks.size()));
            }
        }

        int event(EntryKind kind, int node) {
            int message = kind == EntryKind.SEND ? sends.size() + 1 : 0;
            int entry = trace.recordTick(kind, node, 0, 0, clocks.get(node), clocks.size(), message, null);
            naive.get(node)[node]++;
            recorded(node);
            if (kind == EntryKind.SEND) sends.add(entry);
            return entry;
        }

        void receive(int node, int sendEntry) {
            int[] sent = stampOfEntry.get(sendEntry);
            int[] mine = naive.get(node);
            int[] merged = mine.clone();
            trace.mergeVcInto(sendEntry, merged);
            for (int i = 0; i < sent.length; i++) mine[i] = Math.max(mine[i], sent[i]);
            assertArrayEquals(mine, merged, "mergeVcInto at entry " + trace.size());
            mine[node]++;
            trace.recordReceive(node, 0, 0, clocks.get(node), clocks.size(), 0, sendEntry);
            recorded(node);
        }

        private void recorded(int node) {
            assertArrayEquals(naive.get(node), clocks.get(node), "the node's clock after entry " + (trace.size() - 1));
            stampOfEntry.add(naive.get(node).clone());
        }

        void note(int node, int stampsOf) {
            trace.recordNote(EntryKind.TIMER, node, 0, 0, null, stampsOf);
            stampOfEntry.add(stampsOf < 0 ? new int[0] : stampOfEntry.get(stampsOf));
        }

        void check() {
            int width = clocks.size();
            for (int e = 0; e < trace.size(); e++) {
                int[] expected = Arrays.copyOf(stampOfEntry.get(e), width);
                assertArrayEquals(expected, trace.vc(e, width), "vc of entry " + e);
                assertArrayEquals(Arrays.copyOf(expected, 1), trace.vc(e, 1), "narrow vc of entry " + e);
                for (int i = 0; i < width + 2; i++) {
                    assertEquals(i < width ? expected[i] : 0, trace.vcAt(e, i), "vcAt entry " + e + " index " + i);
                }
            }
        }
    }

    /** Each action picks: local, send, receive of some earlier send, note, or a new node. */
    @Property(tries = 300)
    void compactStampsEqualNaiveOnes(
            @ForAll @IntRange(min = 1, max = 12) int initialNodes,
            @ForAll @Size(min = 1, max = 400) List<@LongRange(min = 0, max = Long.MAX_VALUE) Long> actions) {
        Model m = new Model();
        for (int i = 0; i < initialNodes; i++) m.addNode();
        for (long a : actions) {
            int node = (int) ((a >>> 8) % m.clocks.size());
            switch ((int) (a % 11)) {
                case 0, 1 -> m.event(EntryKind.LOCAL, node);
                case 2, 3, 4 -> m.event(EntryKind.SEND, node);
                case 5, 6, 7, 8 -> {
                    if (!m.sends.isEmpty()) m.receive(node, m.sends.get((int) ((a >>> 20) % m.sends.size())));
                }
                case 9 -> m.note(node, m.trace.size() == 0 ? -1 : (int) ((a >>> 20) % m.trace.size()));
                default -> { if (m.clocks.size() < 40 && (a >>> 40) % 4 == 0) m.addNode(); }
            }
        }
        m.check();
    }

    @Test
    void longRunsAmongManyNodesCrossManyCheckpoints() {
        Model m = new Model();
        for (int i = 0; i < 64; i++) m.addNode();
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 40_000; i++) {
            int node = random.nextInt(64);
            if (m.sends.isEmpty() || random.nextInt(3) == 0) m.event(EntryKind.SEND, node);
            else if (random.nextInt(10) > 0) m.receive(node, m.sends.get(m.sends.size() - 1 - random.nextInt(Math.min(50, m.sends.size()))));
            else m.receive(node, m.sends.get(random.nextInt(m.sends.size()))); // long gone from the ring of recent sends
        }
        m.check();
    }

    @Test
    void happensBeforeFromCompactStampsMatchesTheVectorOrder() {
        Model m = new Model();
        for (int i = 0; i < 5; i++) m.addNode();
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int i = 0; i < 600; i++) {
            int node = random.nextInt(5);
            if (m.sends.isEmpty() || random.nextBoolean()) m.event(random.nextBoolean() ? EntryKind.SEND : EntryKind.LOCAL, node);
            else m.receive(node, m.sends.get(random.nextInt(m.sends.size())));
        }
        for (int a = 0; a < m.trace.size(); a += 7) {
            for (int b = 0; b < m.trace.size(); b += 5) {
                int[] va = m.stampOfEntry.get(a), vb = m.stampOfEntry.get(b);
                boolean le = true;
                for (int i = 0; i < 5; i++) le &= va[i] <= vb[i];
                assertEquals(a != b && le, m.trace.happensBefore(a, b), "e" + a + " -> e" + b);
            }
        }
    }
}
