package distlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A checkpoint puts a session back exactly where it was: for every protocol, going on from a
 * restored checkpoint prints what going on from the original printed, byte for byte.
 */
class CheckpointTest {
    /** Before the checkpoint, and after it; protocols not named here run the generic one. */
    private static final Map<String, List<List<String>>> SCENARIOS = Map.of(
            "plain", List.of(List.of("spawn 3", "net manual", "send n1 n2 a", "send n2 n3 b"),
                    List.of("deliver m2", "local n3 x", "deliver all", "events --all", "clocks", "diagram")),
            "raft", List.of(List.of("spawn 3 raft", "run 1s until cluster.leader != none", "put x 1", "run 300ms"),
                    List.of("crash leader", "run 2s until cluster.leader != none", "cas x 1 2", "get x", "run 3s", "show cluster.safe",
                            "nodes", "events --last 40", "check linearizable")),
            "quorum", List.of(List.of("spawn 3 quorum", "put x 1", "loss 30"),
                    List.of("run 1s", "get x --client c2", "put x 2", "run 2s", "show op2.value op3.status", "nodes", "events --last 30")),
            "orset", List.of(List.of("spawn 3 orset", "config gossip=40ms", "add n1 milk", "run 100ms"),
                    List.of("remove n2 milk", "add n3 milk", "run 1s", "show cluster.converged n1.value", "nodes")),
            "twopc", List.of(List.of("spawn 4 twopc", "config ft=on", "txn n2:x=1 n3:y=2", "run 30ms"),
                    List.of("crash n1", "txn n2:x=2 n3:y=3 --client c2", "crash n3", "run 2s", "restart n1", "restart n3", "run 2s",
                            "show cluster.atomic cluster.blocked op1.status op2.status", "nodes", "events --last 40")),
            "spanner", List.of(List.of("spawn 3 spanner", "txn x=1", "advance 12ms"),
                    List.of("read x --client c2 --at n2", "txn x=2 --at n3", "crash n1", "restart n1", "run 100ms",
                            "show op1.ts op2.value op3.wait cluster.externallyconsistent", "nodes", "events --last 30")));
    private static final List<List<String>> GENERIC = List.of(List.of("spawn 3 PROTOCOL", "run 1s"),
            List.of("crash n1", "run 1s", "restart n1", "run 2s", "nodes", "events --last 40"));

    @TestFactory
    List<DynamicTest> goingOnFromARestoredCheckpointRepeatsTheRunExactly() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String protocol : Protocols.names()) {
            List<List<String>> scenario = SCENARIOS.getOrDefault(protocol, GENERIC);
            tests.add(DynamicTest.dynamicTest(protocol, () -> check(protocol, scenario)));
        }
        return tests;
    }

    private static void check(String protocol, List<List<String>> scenario) {
        Session session = new Session(7);
        run(session, protocol, scenario.get(0));
        Session.Checkpoint checkpoint = session.checkpoint();
        String first = run(session, protocol, scenario.get(1));
        session.restore(checkpoint);
        String second = run(session, protocol, scenario.get(1));
        assertEquals(first, second, protocol + ": a restored checkpoint went on differently");
        session.restore(checkpoint);
        assertEquals(first, run(session, protocol, scenario.get(1)), protocol + ": a checkpoint restores twice");
    }

    @Test
    void aCheckpointIsUntouchedByWhatFollows() {
        Session session = new Session(1);
        run(session, "raft", List.of("spawn 3 raft", "run 1s until cluster.leader != none"));
        Session.Checkpoint checkpoint = session.checkpoint();
        String term = session.execute("show cluster.term").output();
        run(session, "raft", List.of("crash leader", "run 5s", "reset", "spawn 2"));
        session.restore(checkpoint);
        assertEquals(term, session.execute("show cluster.term").output());
        assertEquals("cluster.leaders = 1\n", session.execute("show cluster.leaders").output());
    }

    private static String run(Session session, String protocol, List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            var r = session.execute(line.replace("PROTOCOL", protocol));
            out.append("> ").append(line).append('\n').append(r.output());
            if (r.failed()) out.append(r.problem()).append('\n');
        }
        return out.toString();
    }

    @Test
    void aFreshSessionsCheckpointIsItsSeedAndRestoresToAFreshRun() {
        Session session = new Session(7);
        Session.Checkpoint fresh = session.checkpoint();
        assertEquals(0, fresh.objects(), "a pristine session copies nothing");
        String first = session.execute("spawn 3 raft").output() + session.execute("run 1s").output();
        org.junit.jupiter.api.Assertions.assertTrue(session.checkpoint().objects() > 0);
        session.restore(fresh);
        assertEquals(first, session.execute("spawn 3 raft").output() + session.execute("run 1s").output());
    }
}
