package distlab.protocol.raft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each {@code bug=} switch breaks one of Raft's rules; a hand-built schedule that random faults
 * almost never produce shows {@code cluster.safe} reporting the property that breaks, and the
 * same schedule with {@code bug=none} stays safe.
 */
class RaftBugSwitchTest {
    /** Delivers by hand until nothing is in flight (timers do not fire: time does not move). */
    private static void settle(Lab lab) {
        for (int round = 0; round < 50 && !lab.value("cluster.inflight").equals("0"); round++) lab.run("deliver all");
        assertEquals("0", lab.value("cluster.inflight"));
    }

    /** A restarted node forgets its vote and votes twice in term 1: two leaders of one term. */
    @ParameterizedTest
    @ValueSource(strings = {"forgetvote", "none"})
    void forgetVoteBreaksElectionSafety(String bug) {
        Lab lab = Lab.create();
        lab.run("spawn 3 raft", "config bug=" + bug, "net manual",
                "timeout n1", "deliver m1",           // n2 votes for n1 in term 1
                "crash n2", "restart n2",             // ... and forgets it (forgetvote) or not
                "timeout n3", "deliver m3 m5", "deliver m8");
        if (bug.equals("none")) {
            lab.assertValue("cluster.safe", "true");
            return;
        }
        lab.assertValue("cluster.safe", "false");
        assertTrue(lab.value("cluster.violation").startsWith("election safety violated"), lab.value("cluster.violation"));
    }

    /**
     * Votes without the log check elect a leader that lacks an entry stored on a majority in
     * its term: committed by the paper's definition, though no node has applied it yet.
     */
    @ParameterizedTest
    @ValueSource(strings = {"nologcheck", "none"})
    void noLogCheckBreaksLeaderCompletenessBeforeAnyoneApplies(String bug) {
        Lab lab = Lab.create();
        lab.run("spawn 3 raft", "config bug=" + bug, "net manual", "timeout n1", "deliver all", "deliver all", "deliver all",
                "put x 1", "deliver all", "deliver m10",  // the entry reaches n2: on 2 of 3 nodes
                "expect cluster.committed == 1 and cluster.applied == 0",
                "crash n1", "drop all", "timeout n3");
        settle(lab);
        if (bug.equals("none")) {
            lab.assertValue("cluster.safe", "true");
            lab.assertValue("n3.role", "candidate");
            return;
        }
        lab.assertValue("cluster.safe", "false");
        assertTrue(lab.value("cluster.violation").contains("leader completeness violated")
                && lab.value("cluster.violation").contains("n3 leads term 2 without entry 1 (1:put x 1)"), lab.value("cluster.violation"));
    }

    /**
     * The Raft paper's Figure 8: a leader of term 4 commits a term-2 entry by counting replicas;
     * a later leader overwrites it with its own term-3 entry and applies that.
     */
    @ParameterizedTest
    @ValueSource(strings = {"oldterms", "none"})
    void oldTermsBreaksStateMachineSafety(String bug) {
        Lab lab = Lab.create();
        lab.run("spawn 5 raft", "config bug=" + bug, "net manual",
                "raftlog n1 1 2 --term 3", "raftlog n2 1 2 --term 3", "raftlog n3 1 --term 3", "raftlog n4 1 --term 3",
                "raftlog n5 1 3 --term 3", "crash n5", "timeout n1");
        settle(lab);
        lab.assertValue("n1.role", "leader");
        lab.assertValue("n1.commit", bug.equals("none") ? "0" : "2");
        lab.run("crash n1", "restart n5", "timeout n5");
        settle(lab);
        lab.run("timeout n5");
        settle(lab);
        lab.assertValue("n5.role", "leader");
        lab.assertValue("n2.log", "[1:put k1 1, 3:put k2 3]");
        if (bug.equals("none")) {
            lab.assertValue("cluster.safe", "true");
            return;
        }
        lab.assertValue("cluster.safe", "false");
        assertTrue(lab.value("cluster.violation").startsWith("state machine safety violated"), lab.value("cluster.violation"));
    }
}
