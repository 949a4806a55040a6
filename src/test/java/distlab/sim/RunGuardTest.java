package distlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits a running simulation checks: the trace's memory budget, clients apart from nodes, and the front end's stop. */
class RunGuardTest {
    private static Limits limits(int maxNodes, int maxClients, long traceBytes) {
        return new Limits(maxNodes, maxClients, 4_000_000, traceBytes, 4_000_000, 200);
    }

    @Test
    void aLongRunEndsWithAClearLineWhenTheTraceOutgrowsItsMemoryBudget() {
        Simulation sim = new Simulation(1, limits(3, 3, 4L << 20));
        sim.spawn(List.of("x", "y", "z"), NodeKind.SERVER, SimulationTest.PINGERS);
        LabException e = assertThrows(LabException.class, () -> sim.advance(3_600_000_000L, () -> false));
        assertTrue(e.getMessage().startsWith("the trace is full ("), e.getMessage());
        assertTrue(e.getMessage().contains("at most 4 MB): reset, or run for less time or with fewer nodes"), e.getMessage());
        // Columns grow a chunk at a time, so the journal may pass the budget by a chunk or so.
        assertTrue(sim.traceBytes() <= (5L << 20), "stopped close to the budget: " + sim.traceBytes());
        assertTrue(sim.trace().size() > 10_000, "the budget allowed a real run first: " + sim.trace().size());
    }

    @Test
    void theTraceBudgetCountsMemoryNotEntries() {
        Simulation sim = new Simulation(1, Limits.DEFAULT);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 200; i++) names.add("n" + i);
        List<NodeId> ids = sim.spawn(names, NodeKind.SERVER, SimulationTest.PINGERS);
        for (int i = 0; i < 20_000; i++) sim.send(ids.get(i % 200), ids.get((i * 7 + 1) % 200), "ping");
        long before = sim.traceBytes();
        for (int i = 0; i < 100_000; i++) sim.send(ids.get(i % 200), ids.get((i * 7 + 1) % 200), "ping");
        long perSend = (sim.traceBytes() - before) / 100_000;
        assertTrue(perSend > 20 && perSend < 400, "an estimate in bytes, per send: " + perSend);
    }

    @Test
    void clientsHaveALimitOfTheirOwnAndDoNotUseUpTheNodes() {
        Simulation sim = new Simulation(1, limits(3, 2, Long.MAX_VALUE));
        sim.spawn(List.of("c1", "c2"), NodeKind.CLIENT, SimulationTest.PINGERS);
        sim.spawn(List.of("x", "y", "z"), NodeKind.SERVER, SimulationTest.PINGERS);
        assertEquals("too many nodes: at most 3 (there are 3)",
                assertThrows(LabException.class, () -> sim.spawn(List.of("w"), NodeKind.SERVER, SimulationTest.PINGERS)).getMessage());
        assertEquals("too many clients: at most 2 (there are 2; reuse one with --client c1)",
                assertThrows(LabException.class, () -> sim.spawn(List.of("c3"), NodeKind.CLIENT, SimulationTest.PINGERS)).getMessage());
    }

    @Test
    void theFrontEndCanStopALongRunWhichKeepsWhatHappened() {
        Simulation sim = new Simulation(1, Limits.DEFAULT);
        sim.spawn(List.of("x", "y", "z"), NodeKind.SERVER, SimulationTest.PINGERS);
        List<Integer> seen = new ArrayList<>();
        sim.monitor((now, end, events) -> {
            seen.add(events);
            assertEquals(3_600_000_000L, end);
            return events >= 3 * RunMonitor.EVERY ? "run stopped by Ctrl-C" : null;
        });
        LabException e = assertThrows(LabException.class, () -> sim.advance(3_600_000_000L, () -> false));
        assertEquals(List.of(RunMonitor.EVERY, 2 * RunMonitor.EVERY, 3 * RunMonitor.EVERY), seen);
        assertEquals("run stopped by Ctrl-C at " + SimTime.format(sim.now()) + " after " + 3 * RunMonitor.EVERY
                + " events; everything up to there is kept", e.getMessage());
        int entries = sim.trace().size();
        sim.monitor(null);
        sim.advance(100_000, () -> false);
        assertTrue(sim.trace().size() > entries, "the simulation goes on after a stop");
    }

    @Test
    void stepIsWatchedToo() {
        Simulation sim = new Simulation(1, Limits.DEFAULT);
        sim.spawn(List.of("x", "y"), NodeKind.SERVER, SimulationTest.PINGERS);
        sim.monitor((now, end, events) -> end == Long.MAX_VALUE ? "stop" : null);
        assertTrue(assertThrows(LabException.class, () -> sim.step(1_000_000)).getMessage().startsWith("stop at "));
    }
}
