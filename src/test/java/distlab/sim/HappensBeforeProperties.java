package distlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.protocol.plain.PlainModule;
import distlab.sim.net.MessageStatus;
import distlab.sim.net.Network;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.sim.trace.EntryKind;
import distlab.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The laws of logical time on random traces: happens-before computed from the graph of
 * program order and messages (Lamport 1978) agrees with the vector order (Fidge, Mattern),
 * and Lamport timestamps are consistent with it.
 */
class HappensBeforeProperties {
    /** Each int picks an action: local event, send, or delivery of an in-flight message. */
    @Property(tries = 300)
    void vectorOrderIsExactlyHappensBeforeAndLamportIsConsistent(
            @ForAll @IntRange(min = 2, max = 5) int nodeCount,
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 999) Integer> actions) {
        Simulation sim = randomTrace(nodeCount, actions);
        Trace trace = sim.trace();
        int events = trace.eventCount();
        boolean[][] reach = graphHappensBefore(sim);
        int width = sim.nodes().size();
        for (int x = 1; x <= events; x++) {
            for (int y = 1; y <= events; y++) {
                int a = trace.entryOfEvent(x), b = trace.entryOfEvent(y);
                boolean hb = reach[x][y];
                assertEquals(hb, vectorLess(trace.vc(a, width), trace.vc(b, width)), "vector order e" + x + " e" + y);
                assertEquals(hb, trace.happensBefore(a, b), "trace.happensBefore e" + x + " e" + y);
                if (hb) assertTrue(trace.lamport(a) < trace.lamport(b), "Lamport e" + x + " e" + y);
            }
        }
    }

    @Property(tries = 50)
    void sameSeedSameScriptSameTrace(@ForAll long seed, @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 999) Integer> actions) {
        assertEquals(render(autoTrace(seed, actions)), render(autoTrace(seed, actions)));
    }

    private static Simulation randomTrace(int nodeCount, List<Integer> actions) {
        Simulation sim = new Simulation(1, Limits.DEFAULT);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) names.add("n" + i);
        List<NodeId> nodes = sim.spawn(names, NodeKind.SERVER, new PlainModule().servers());
        sim.setMode(Network.Mode.MANUAL);
        for (int action : actions) {
            NodeId from = nodes.get(action % nodeCount);
            NodeId to = nodes.get((action / nodeCount + 1 + action % nodeCount) % nodeCount);
            switch (action % 3) {
                case 0 -> sim.local(from, null);
                case 1 -> { if (!from.equals(to)) sim.send(from, to, "x"); }
                default -> {
                    List<Integer> inflight = inflight(sim);
                    if (!inflight.isEmpty()) sim.deliver(inflight.get(action % inflight.size()));
                }
            }
        }
        return sim;
    }

    private static Simulation autoTrace(long seed, List<Integer> actions) {
        Simulation sim = new Simulation(seed, Limits.DEFAULT);
        List<NodeId> nodes = sim.spawn(List.of("a", "b", "c", "d"), NodeKind.SERVER, new PlainModule().servers());
        sim.network().setLossPercent(10);
        sim.network().setDupPercent(10);
        sim.network().setDefaultLatency(new distlab.sim.net.LatencyRange(1_000, 50_000));
        for (int action : actions) {
            NodeId from = nodes.get(action % 4), to = nodes.get((action / 4 + 1 + action % 4) % 4);
            if (!from.equals(to)) sim.send(from, to, "x");
            sim.advance(action * 10L, () -> false);
        }
        sim.advance(100_000, () -> false);
        return sim;
    }

    private static String render(Simulation sim) {
        StringBuilder b = new StringBuilder();
        for (int e = 0; e < sim.trace().size(); e++) {
            b.append(sim.trace().time(e)).append(' ').append(TraceText.describe(sim, e)).append(' ')
                    .append(TraceText.vector(sim.trace().vc(e, 4))).append('\n');
        }
        return b.toString();
    }

    private static List<Integer> inflight(Simulation sim) {
        List<Integer> out = new ArrayList<>();
        for (int m = 1; m <= sim.messages().count(); m++) {
            if (sim.messages().status(m) == MessageStatus.INFLIGHT) out.add(m);
        }
        return out;
    }

    /** Transitive closure of program order and send→receive edges, over event numbers. */
    private static boolean[][] graphHappensBefore(Simulation sim) {
        Trace trace = sim.trace();
        int n = trace.eventCount();
        boolean[][] reach = new boolean[n + 1][n + 1];
        int[] lastAtNode = new int[sim.nodes().size()];
        for (int x = 1; x <= n; x++) {
            int entry = trace.entryOfEvent(x);
            int node = trace.node(entry);
            if (lastAtNode[node] > 0) reach[lastAtNode[node]][x] = true;
            lastAtNode[node] = x;
            if (trace.kind(entry) == EntryKind.RECEIVE) {
                reach[trace.eventNumber(sim.messages().sendEntry(trace.message(entry)))][x] = true;
            }
        }
        for (int k = 1; k <= n; k++) {
            for (int i = 1; i <= n; i++) {
                if (!reach[i][k]) continue;
                for (int j = 1; j <= n; j++) if (reach[k][j]) reach[i][j] = true;
            }
        }
        return reach;
    }

    private static boolean vectorLess(int[] a, int[] b) {
        boolean strictly = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) return false;
            strictly |= a[i] < b[i];
        }
        return strictly;
    }
}
