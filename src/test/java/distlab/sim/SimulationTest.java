package distlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.sim.net.MessageStatus;
import distlab.sim.net.Network;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.sim.node.Process;
import distlab.sim.node.Protocol;
import distlab.sim.node.TimerTag;
import distlab.sim.trace.EntryKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulationTest {
    /** Counts in volatile memory and on "disk"; pings the next node every 10ms; echoes "ping". */
    static final class Counter {
        int persisted;
    }

    /** The pingers' one timer. */
    enum Tick implements TimerTag { TICK }

    static final TimerTag TICK = Tick.TICK;

    static final class Pinger implements Process {
        final Counter disk;
        int volatileCount;

        Pinger(Counter disk) {
            this.disk = disk;
        }

        @Override public void onStart(Context ctx) {
            ctx.setTimer(10_000, TICK);
        }

        @Override public void onMessage(Context ctx, NodeId from, Object payload) {
            volatileCount++;
            disk.persisted++;
            if ("ping".equals(payload)) ctx.send(from, "pong");
        }

        @Override public void onTimer(Context ctx, TimerTag tag) {
            ctx.setTimer(10_000, TICK);
        }
    }

    static final Protocol<Counter> PINGERS = new Protocol<>() {
        @Override public String name() { return "pingers"; }
        @Override public Counter newStorage(NodeId node) { return new Counter(); }
        @Override public Process newProcess(NodeId node, Counter storage) { return new Pinger(storage); }
    };

    private final Simulation sim = new Simulation(1, Limits.DEFAULT);
    private final List<NodeId> nodes = sim.spawn(List.of("a", "b", "c"), NodeKind.SERVER, PINGERS);
    private final NodeId a = nodes.get(0), b = nodes.get(1), c = nodes.get(2);

    private long count(EntryKind kind) {
        long n = 0;
        for (int e = 0; e < sim.trace().size(); e++) if (sim.trace().kind(e) == kind) n++;
        return n;
    }

    @Test
    void autoModeDeliversAfterTheLinkLatencyAndRepliesFlowBack() {
        sim.network().setDefaultLatency(new distlab.sim.net.LatencyRange(20_000, 20_000));
        int m = sim.send(a, b, "ping");
        assertEquals(20_000, sim.messages().dueAt(m));
        sim.advance(45_000, () -> false);
        assertEquals(MessageStatus.DELIVERED, sim.messages().status(m));
        assertEquals(MessageStatus.DELIVERED, sim.messages().status(m + 1), "pong arrives at 40ms");
        assertEquals(45_000, sim.now());
    }

    @Test
    void manualModeHoldsMessagesUntilDeliveredAndSwitchingBackSchedulesThem() {
        sim.setMode(Network.Mode.MANUAL);
        int m = sim.send(a, b, "x");
        sim.advance(1_000_000, () -> false);
        assertEquals(MessageStatus.INFLIGHT, sim.messages().status(m));
        sim.setMode(Network.Mode.AUTO);
        sim.advance(1, () -> false);
        assertEquals(MessageStatus.DELIVERED, sim.messages().status(m), "overdue messages arrive at once");
    }

    @Test
    void crashLosesVolatileStateAndTimersButNotStorage() {
        sim.setMode(Network.Mode.MANUAL);
        sim.deliver(sim.send(a, b, "x"));
        assertEquals(1, ((Pinger) sim.process(b)).volatileCount);
        sim.crash(b);
        long timersBefore = count(EntryKind.TIMER);
        sim.advance(100_000, () -> false);
        long timersWhileDown = count(EntryKind.TIMER) - timersBefore;
        assertEquals(20, timersWhileDown, "only a and c tick while b is down (2 nodes x 10 ticks)");
        sim.restart(b);
        Pinger fresh = (Pinger) sim.process(b);
        assertEquals(0, fresh.volatileCount);
        assertEquals(1, fresh.disk.persisted);
    }

    @Test
    void messagesToACrashedNodeAreLostWhenTheyArrive() {
        int m = sim.send(a, b, "x");
        sim.crash(b);
        sim.advance(100_000, () -> false);
        assertEquals(MessageStatus.DROPPED, sim.messages().status(m));
        assertEquals("b is down", sim.trace().label(sim.messages().endEntry(m)));
        assertThrows(LabException.class, () -> sim.send(b, a, "x"), "a crashed node cannot act");
    }

    @Test
    void duplicationMakesACopyWithTheNextNumberAndLossDropsAtSend() {
        sim.setMode(Network.Mode.MANUAL);
        sim.network().setDupPercent(100);
        int m = sim.send(a, b, "x");
        assertEquals(m, sim.messages().duplicateOf(m + 1));
        assertEquals(sim.messages().sendEntry(m), sim.messages().sendEntry(m + 1), "one send event, two copies");
        sim.network().setDupPercent(0);
        sim.network().setLossPercent(100);
        int lost = sim.send(a, b, "y");
        assertEquals(MessageStatus.DROPPED, sim.messages().status(lost));
        assertEquals("lost", sim.trace().label(sim.messages().endEntry(lost)));
    }

    @Test
    void partitionsBlockAcrossGroupsAndCatchMessagesAlreadyInFlight() {
        int inflight = sim.send(a, c, "x");
        sim.network().partition(List.of(Set.of(a.index())));
        int blocked = sim.send(b, a, "y");
        int within = sim.send(b, c, "z");
        assertEquals(MessageStatus.DROPPED, sim.messages().status(blocked), "dropped at send");
        sim.advance(100_000, () -> false);
        assertEquals(MessageStatus.DROPPED, sim.messages().status(inflight), "dropped on arrival");
        assertEquals(MessageStatus.DELIVERED, sim.messages().status(within), "b and c form the other group");
    }

    @Test
    void unnamedNodesClientsIncludedFormOneMoreGroup() {
        NodeId client = sim.spawn(List.of("c1"), NodeKind.CLIENT, PINGERS).get(0);
        sim.network().partition(List.of(Set.of(a.index())));
        assertEquals("partitioned", sim.network().blockedReason(client.index(), a.index()), "partition a isolates a");
        assertEquals(null, sim.network().blockedReason(client.index(), b.index()));
        sim.network().partition(List.of(Set.of(a.index(), client.index())));
        assertEquals(null, sim.network().blockedReason(client.index(), a.index()));
        assertEquals("partitioned", sim.network().blockedReason(client.index(), c.index()));
    }

    @Test
    void aOneWayCutBlocksOnlyItsDirection() {
        sim.network().cut(a.index(), b.index());
        assertEquals("link cut", sim.network().blockedReason(a.index(), b.index()));
        assertEquals(null, sim.network().blockedReason(b.index(), a.index()));
        sim.network().heal();
        assertEquals(null, sim.network().blockedReason(a.index(), b.index()));
    }

    @Test
    void runStopsRightAfterTheEventThatMadeTheConditionTrue() {
        int m = sim.send(a, b, "ping");
        Simulation.RunResult r = sim.advance(1_000_000, () -> sim.messages().status(m) == MessageStatus.DELIVERED);
        assertTrue(r.stoppedEarly());
        assertEquals(sim.messages().dueAt(m), sim.now());
    }

    @Test
    void limitsOnNodesTraceAndEventsPerCommandAreClearErrors() {
        Simulation small = new Simulation(1, new Limits(3, 3, 100, Long.MAX_VALUE, 50, 10));
        small.spawn(List.of("x", "y", "z"), NodeKind.SERVER, PINGERS);
        assertTrue(assertThrows(LabException.class, () -> small.spawn(List.of("w"), NodeKind.SERVER, PINGERS))
                .getMessage().contains("at most 3"));
        assertTrue(assertThrows(LabException.class, () -> small.advance(10_000_000, () -> false))
                .getMessage().contains("at most 50"));
        Simulation tiny = new Simulation(1, new Limits(3, 3, 10, Long.MAX_VALUE, 1_000_000, 10));
        tiny.spawn(List.of("x", "y"), NodeKind.SERVER, PINGERS);
        assertTrue(assertThrows(LabException.class, () -> tiny.advance(10_000_000, () -> false))
                .getMessage().contains("trace is full"));
    }

    @Test
    void sameSeedGivesTheSameTraceAndDifferentSeedsDiffer() {
        assertEquals(storm(5), storm(5));
        assertFalse(storm(5).equals(storm(6)));
    }

    private static List<String> storm(long seed) {
        Simulation s = new Simulation(seed, Limits.DEFAULT);
        List<NodeId> ns = s.spawn(List.of("a", "b", "c"), NodeKind.SERVER, PINGERS);
        s.network().setLossPercent(10);
        s.network().setDupPercent(10);
        for (int i = 0; i < 30; i++) s.send(ns.get(i % 3), ns.get((i + 1) % 3), "ping");
        s.advance(200_000, () -> false);
        List<String> out = new ArrayList<>();
        for (int e = 0; e < s.trace().size(); e++) out.add(TraceText.describe(s, e) + "@" + s.trace().time(e));
        return out;
    }
}
