package distlab.protocol.fd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Chandra and Toueg's classes, run (lecture 2.4): on a synchronous network (latency at most L,
 * no loss, heartbeat + L below the timeout) the detector is perfect, complete and never wrong,
 * under any crash schedule; and with adaptive timeouts, once latency becomes bounded, false
 * suspicions stop, however wild the network was before (eventually perfect).
 */
class FailureDetectorPropertiesTest {
    @Property(tries = 60)
    void aPerfectDetectorOnASynchronousNetworkIsCompleteAndAccurate(
            @ForAll @IntRange(min = 1, max = 100_000) int seed,
            @ForAll @IntRange(min = 3, max = 6) int nodes,
            @ForAll @IntRange(min = 1, max = 80) int maxLatencyMs,
            @ForAll @IntRange(min = 20, max = 200) int heartbeatMs,
            @ForAll @IntRange(min = 1, max = 3) int crashes) {
        Lab lab = Lab.seeded(seed);
        int timeoutMs = heartbeatMs + maxLatencyMs + 1 + seed % 50;
        lab.run("spawn " + nodes + " fd", "latency 0.." + maxLatencyMs + "ms",
                "config heartbeat=" + heartbeatMs + "ms timeout=" + timeoutMs + "ms");
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (int c = 0; c < crashes; c++) {
            lab.run("advance " + (1 + random.nextInt(1000)) + "ms");
            assertEquals("true", lab.value("cluster.accurate"));
            String victim = "n" + (1 + random.nextInt(nodes));
            if (lab.value(victim + ".up").equals("true")) lab.run("crash " + victim);
        }
        lab.run("advance " + (timeoutMs + maxLatencyMs + heartbeatMs) + "ms");
        assertEquals("true", lab.value("cluster.complete"));
        assertEquals("true", lab.value("cluster.accurate"));
        assertEquals("0", lab.value("cluster.falsesuspicions"));
    }

    /**
     * Once latency is at most B, a gap between two heartbeats from one node is at most
     * heartbeat + B - 1, so a timeout above that is never wrong again. Each false suspicion
     * doubles the timeout, so after the bound holds each ordered pair can be wrong at most k + 1
     * more times (k doublings, plus one for the silence the wild period may leave at the switch),
     * and once every timeout exceeds heartbeat + B - 1 false suspicions stop altogether.
     */
    @Property(tries = 40)
    void anAdaptiveDetectorStopsFalseSuspicionsOnceLatencyIsBounded(
            @ForAll @IntRange(min = 1, max = 100_000) int seed,
            @ForAll @IntRange(min = 2, max = 5) int nodes,
            @ForAll @IntRange(min = 100, max = 3000) int wildLatencyMs,
            @ForAll @IntRange(min = 1, max = 150) int boundMs,
            @ForAll @IntRange(min = 20, max = 150) int heartbeatMs,
            @ForAll @IntRange(min = 10, max = 300) int timeoutMs) {
        Lab lab = Lab.seeded(seed);
        lab.run("spawn " + nodes + " fd", "config adaptive=on heartbeat=" + heartbeatMs + "ms timeout=" + timeoutMs + "ms",
                "latency 1.." + wildLatencyMs + "ms", "advance 5s", "latency 1.." + boundMs + "ms");
        int atSwitch = Integer.parseInt(lab.value("cluster.falsesuspicions"));
        int maxGapMs = heartbeatMs + boundMs - 1;
        int doublings = 0;
        while ((long) timeoutMs << doublings <= maxGapMs) doublings++;
        lab.run("advance 40s");
        int after = Integer.parseInt(lab.value("cluster.falsesuspicions"));
        assertTrue(after - atSwitch <= nodes * (nodes - 1) * (doublings + 1),
                () -> (after - atSwitch) + " false suspicions after latency became bounded");
        if (allTimeoutsAbove(lab, nodes, maxGapMs)) {
            lab.run("advance 20s");
            assertEquals(after, Integer.parseInt(lab.value("cluster.falsesuspicions")));
            assertEquals("true", lab.value("cluster.accurate"));
        }
    }

    private static boolean allTimeoutsAbove(Lab lab, int nodes, int ms) {
        for (int a = 1; a <= nodes; a++) {
            for (int b = 1; b <= nodes; b++) {
                if (a == b) continue;
                long micros = distlab.sim.SimTime.parse(lab.value("n" + a + ".timeout.n" + b));
                if (micros <= ms * 1000L) return false;
            }
        }
        return true;
    }
}
