package distlab.protocol.crdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.engine.Result;
import distlab.engine.Session;
import distlab.testing.Lab;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Op-based replication (lecture 7.3, {@code config replication=op}): updates travel as
 * operations by causal broadcast and need no sync; causal order is what makes them safe, and
 * {@code delivery=any} shows it.
 */
class OpBasedReplicationTest {
    private static final String[] TYPES = {"gcounter", "pncounter", "lwwreg", "mvreg", "lwwset", "orset"};

    @Test
    void updatesReachEveryReplicaWithoutSync() {
        Lab lab = Lab.create();
        lab.run("spawn 3 mvreg", "config replication=op", "set n1 red", "set n2 blue", "run 1s");
        lab.run("expect cluster.converged and cluster.identical", "expect n3.value == {blue,red}");
        lab.run("set n3 green", "run 1s", "expect n1.value == {green}", "expect n1.version.green == [1,1,1]");
    }

    @Test
    void anOpBasedOrSetKeepsNoTombstonesAndAddStillWins() {
        Lab lab = Lab.create();
        lab.run("spawn 2 orset", "config replication=op", "add n1 milk", "run 1s", "net manual", "remove n2 milk", "add n1 milk",
                "deliver all", "expect cluster.converged", "expect n1.value == {milk}", "expect n2.tombstones == []");
        // Only the second add's tag survives: the remove took away the first one, which n2 had seen.
        assertEquals(lab.value("n1.tags.milk"), lab.value("n2.tags.milk"));
        assertEquals(1, lab.value("n2.tags.milk").split(",").length);
        assertTrue(!lab.value("n2.tags.milk").contains("[1:n1]"), lab.value("n2.tags.milk"));
    }

    @Test
    void causalDeliveryHoldsARemoveBackUntilItsAdd() {
        Lab lab = Lab.create();
        lab.run("spawn 3 orset", "config replication=op", "net manual", "add n1 milk", "remove n1 milk", "deliver m4");
        assertEquals("[b2]", lab.value("n3.holdback"));
        assertTrue(lab.run("nodes").contains("b2 remove milk {1:n1} (needs b1 from n1)"));
        lab.run("deliver all", "expect cluster.converged and cluster.causal and cluster.consistent");
    }

    @Test
    void inAnyOrderARemoveBeforeItsAddBreaksCausalityAndConsistency() {
        Lab lab = Lab.create();
        lab.run("spawn 3 orset", "config replication=op delivery=any", "net manual", "add n1 milk", "remove n1 milk");
        String out = lab.run("deliver m4", "deliver all");
        assertTrue(out.contains("UNSAFE: causal: n3: remove milk came before the add 1:n1 it removes"), out);
        assertTrue(out.contains("UNSAFE: consistent: n1 and n3 delivered the same 2 operations but hold {} and {milk}"), out);
        lab.run("expect not cluster.converged");
    }

    @Test
    void anyOrderIsHarmlessForOperationsThatCommuteWhateverTheOrder() {
        Lab lab = Lab.create();
        lab.run("spawn 3 pncounter", "config replication=op delivery=any", "net manual", "inc n1 5", "dec n1 2", "deliver m4",
                "deliver all", "expect cluster.converged", "expect n3.value == 3");
        // Still out of causal order: the promise is broken even though this type did not mind.
        lab.run("expect not cluster.causal", "expect cluster.consistent");
    }

    @Test
    void aStateBasedSessionIsUnchangedAndItsSettingsAreFixedOnceUpdated() {
        Lab lab = Lab.create();
        lab.run("spawn 2 gcounter", "inc n1", "run 1s", "expect not cluster.converged", "expect cluster.causal and cluster.consistent");
        assertEquals("replication is fixed once an update has been made (reset, and config replication=op before the first update)",
                lab.error("config replication=op"));
        assertEquals("state", lab.value("cluster.events") .isEmpty() ? "" : "state");
        Lab other = Lab.create();
        other.run("spawn 2 gcounter");
        assertTrue(other.run("config delivery=any").contains("delivery applies to op-based replication: config replication=op to use it"));
    }

    @Property(tries = 300)
    void everyTypeConvergesOpBasedOnRandomSchedules(
            @ForAll @IntRange(min = 0, max = 5) int which,
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 30) int updates,
            @ForAll boolean duplicates,
            @ForAll boolean partition) {
        String type = TYPES[which];
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        Session session = new Session(1);
        exec(session, lines, "spawn 3 " + type);
        exec(session, lines, "config replication=op");
        exec(session, lines, "latency 1..40ms");
        if (duplicates) exec(session, lines, "dup 30");
        int cut = partition ? random.nextInt(updates) : -1;
        for (int i = 0; i < updates; i++) {
            if (i == cut) exec(session, lines, "partition n" + (1 + random.nextInt(3)));
            exec(session, lines, update(type, random));
            if (random.nextBoolean()) exec(session, lines, "advance " + (1 + random.nextInt(30)) + "ms");
        }
        exec(session, lines, "heal");
        exec(session, lines, "run 1s");
        exec(session, lines, "gossip");
        exec(session, lines, "run 1s");
        for (String check : List.of("cluster.converged", "cluster.causal", "cluster.consistent")) {
            assertEquals("cluster." + check.substring(8) + " = true\n", exec(session, lines, "show " + check), () -> String.join("\n", lines));
        }
    }

    private static String update(String type, Random random) {
        String node = "n" + (1 + random.nextInt(3));
        String word = String.valueOf((char) ('a' + random.nextInt(3)));
        return switch (type) {
            case "gcounter" -> "inc " + node + " " + (1 + random.nextInt(5));
            case "pncounter" -> (random.nextBoolean() ? "inc " : "dec ") + node + " " + (1 + random.nextInt(5));
            case "lwwreg", "mvreg" -> "set " + node + " " + word;
            default -> (random.nextInt(3) == 0 ? "remove " : "add ") + node + " " + word;
        };
    }

    private static String exec(Session session, List<String> lines, String line) {
        lines.add(line);
        Result r = session.execute(line);
        if (r.failed()) throw new AssertionError(line + " -> " + r.problem() + "\n" + String.join("\n", lines));
        if (r.output().contains("UNSAFE")) throw new AssertionError(line + " -> " + r.output() + "\n" + String.join("\n", lines));
        return r.output();
    }
}
