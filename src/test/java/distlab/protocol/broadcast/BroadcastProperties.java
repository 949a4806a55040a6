package distlab.protocol.broadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import distlab.protocol.broadcast.BroadcastSchedule.Faults;
import java.util.function.Predicate;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Lectures 4.2 and 4.3 on random schedules: each protocol keeps its order whatever the network
 * does; with {@code relay=eager} a broadcast that one surviving node delivered reaches every
 * surviving node, even when senders crash half-way; and searches find the weaker protocols'
 * counterexamples (FIFO is not causal, causal is not total, best-effort is not reliable).
 */
class BroadcastProperties {
    /** Each ordered protocol, with its setup and the order it promises. */
    private static final String[][] ORDERED = {
        {"fifo", "", "fifo"},
        {"causal", "", "causal"},
        {"total", "config algorithm=sequencer", "total"},
        {"total", "config algorithm=lamport", "total"},
    };
    private static final String[] FAULT_FREE = {"besteffort", "reliable", "fifo", "causal", "total"};

    @Property(tries = 200)
    void eachProtocolKeepsItsOrderUnderDelayReorderingDuplicationLossAndCrashes(
            @ForAll @IntRange(min = 0, max = 3) int which,
            @ForAll long seed,
            @ForAll @IntRange(min = 5, max = 60) int steps,
            @ForAll boolean eagerRelay,
            @ForAll Faults faults,
            @ForAll boolean drain) {
        String[] p = ORDERED[which];
        BroadcastSchedule s = BroadcastSchedule.run(seed, steps, p[0], faults, setup(p[1], eagerRelay, true));
        if (drain) s.drain();
        assertEquals("true", s.value("cluster." + p[2]), () -> p[0] + " broke " + p[2] + ": " + s.value("cluster.violations") + "\n" + s.script());
        if (p[0].equals("total")) assertEquals("true", s.value("cluster.causal"), () -> "total order here is FIFO-total, so causal\n" + s.script());
    }

    @Property(tries = 200)
    void withEagerRelayABroadcastOneSurvivorDeliveredReachesEverySurvivor(
            @ForAll @IntRange(min = 0, max = 4) int which,
            @ForAll long seed,
            @ForAll @IntRange(min = 5, max = 60) int steps,
            @ForAll boolean duplicates) {
        String protocol = which == 4 ? "reliable" : ORDERED[which][0];
        String extra = which == 4 ? "" : ORDERED[which][1];
        BroadcastSchedule s = BroadcastSchedule.run(seed, steps, protocol, Faults.CRASHES,
                which == 4 ? new String[] {duplicates ? "dup 20" : "dup 0"} : setup(extra, true, duplicates)).drain();
        assertEquals("true", s.value("cluster.reliable"), () -> protocol + " " + extra + " lost a broadcast\n" + s.script());
    }

    @Property(tries = 100)
    void withoutFaultsEveryNodeDeliversEveryBroadcast(
            @ForAll @IntRange(min = 0, max = 4) int which,
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int steps,
            @ForAll boolean lamport) {
        String protocol = FAULT_FREE[which];
        BroadcastSchedule s = BroadcastSchedule.run(seed, steps, protocol, Faults.NONE,
                protocol.equals("total") && lamport ? "config algorithm=lamport" : "dup 10").drain();
        String count = s.value("cluster.broadcasts");
        for (String node : s.upNodes()) {
            assertEquals(count, s.value(node + ".delivered.length"), () -> node + " missed a broadcast\n" + s.script());
        }
        assertEquals("[]", s.value(s.upNodes().get(0) + ".holdback"));
    }

    @Property(tries = 60)
    void replicasFedByTotalOrderOrByCausalOrderWithAddsConverge(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int steps,
            @ForAll boolean causal) {
        BroadcastSchedule s = BroadcastSchedule.run(seed, steps, causal ? "causal" : "total", Faults.NONE, "config apply=kv").drain();
        assertEquals("true", s.value("cluster.converged"), () -> "diverged\n" + s.script());
    }

    @Example
    void fifoIsNotCausal() {
        find("fifo", "", Faults.NONE, s -> s.value("cluster.causal").equals("false"));
    }

    @Example
    void causalIsNotTotal() {
        find("causal", "", Faults.NONE, s -> s.value("cluster.total").equals("false"));
    }

    @Example
    void bestEffortIsNotReliableWhenSendersCrash() {
        find("besteffort", "dup 0", Faults.CRASHES, s -> s.drain().value("cluster.reliable").equals("false"));
    }

    @Example
    void fifoReplicasWithNonCommutingUpdatesCanDiverge() {
        // Every payload is an add; a set on top makes updates not commute: "set x" then "add x" is not "add x" then "set x".
        find("fifo", "config apply=kv", Faults.NONE, s -> {
            s.exec("broadcast n1 set x 0");
            return s.drain().value("cluster.converged").equals("false");
        });
    }

    private static String[] setup(String extra, boolean eagerRelay, boolean duplicates) {
        return new String[] {extra.isEmpty() ? "dup 0" : extra, "config relay=" + (eagerRelay ? "eager" : "off"), duplicates ? "dup 20" : "dup 0"};
    }

    /** Some schedule among the first 300 seeds shows the counterexample. */
    private static void find(String protocol, String setup, Faults faults, Predicate<BroadcastSchedule> shows) {
        for (long seed = 1; seed <= 300; seed++) {
            BroadcastSchedule s = BroadcastSchedule.run(seed, 30, protocol, faults, setup);
            if (shows.test(s)) return;
        }
        throw new AssertionError("no schedule in 300 seeds showed it for " + protocol);
    }
}
