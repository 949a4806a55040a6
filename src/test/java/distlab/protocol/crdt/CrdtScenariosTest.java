package distlab.protocol.crdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/** Whole scenarios through the command language, checked with expect as a user would. */
class CrdtScenariosTest {
    @Test
    void counterMergesTakeTheMaximumPerReplica() {
        Lab lab = Lab.create();
        lab.run("spawn 3 gcounter", "inc n1 3", "inc n2", "inc n3 2", "sync n1 n2", "advance 1s",
                "expect n2.value == 4", "expect n2.counts == [3,1,0]", "expect n1.value == 3",
                "sync n2 n3", "advance 1s", "expect n3.value == 6", "expect n3.counts == [3,1,2]",
                "expect not cluster.converged", "gossip", "advance 1s", "expect cluster.converged", "expect n1.value == 6");
    }

    @Test
    void resyncingTheSameStateIsIdempotent() {
        Lab lab = Lab.create();
        lab.run("spawn 2 gcounter", "inc n1 5", "sync n1 n2", "sync n1 n2", "advance 1s", "expect n2.value == 5",
                "sync n1 n2", "advance 1s", "expect n2.value == 5", "dup 100", "sync n1 n2", "advance 1s",
                "expect n2.value == 5", "expect n2.counts == [5,0]");
        lab.run("reset", "spawn 2 pncounter", "dec n1 2", "sync n1 n2", "sync n1 n2", "sync n1 n2", "advance 1s",
                "expect n2.value == -2", "expect n2.n == [2,0]");
    }

    @Test
    void partitionedSidesDivergeThenConvergeAfterHeal() {
        Lab lab = Lab.create();
        lab.run("spawn 3 pncounter", "partition n1 | n2 n3", "inc n1 10", "dec n3 4", "gossip", "advance 1s",
                "expect n1.value == 10", "expect n2.value == -4", "expect n3.value == -4", "expect not cluster.converged",
                "heal", "gossip", "advance 1s", "expect cluster.converged", "expect n1.value == 6", "expect n2.value == 6");
    }

    @Test
    void orSetAddWinsOverAConcurrentRemove() {
        Lab lab = Lab.create();
        lab.run("spawn 2 orset", "add n1 milk", "sync n1 n2", "advance 1s", "remove n2 milk", "add n1 milk",
                "expect n2.value == {}", "gossip", "advance 1s", "expect cluster.converged", "expect n1.value == {milk}",
                "expect n2.tombstones.milk.length == 1", "expect n2.tags.milk.length == 1");
    }

    @Test
    void lwwTiesOnTheLamportClockGoToTheNodeLaterInNodeOrder() {
        Lab lab = Lab.create();
        lab.run("spawn 3 lwwreg", "set n3 c", "set n1 a", "set n2 b", "expect n1.ts == 1:n1", "expect n3.ts == 1:n3",
                "gossip", "advance 1s", "expect cluster.converged", "expect n1.value == c", "expect n2.ts == 1:n3");
        lab.run("reset", "spawn B A lwwreg", "set A x", "set B y", "gossip", "advance 1s", "expect A.value == x");
    }

    @Test
    void aLaterLamportClockBeatsNodeOrder() {
        Lab lab = Lab.create();
        lab.run("spawn 2 lwwreg", "set n2 old", "local n1", "set n1 new", "expect n1.ts == 2:n1", "gossip", "advance 1s",
                "expect cluster.converged", "expect n2.value == new");
    }

    @Test
    void lwwSetRemoveWinsWhenLater() {
        Lab lab = Lab.create();
        lab.run("spawn 2 lwwset", "add n1 x", "add n1 y", "remove n1 x", "expect n1.value == {y}",
                "sync n1 n2", "advance 1s", "expect n2.value == {y}", "remove n2 y", "sync n2 n1", "advance 1s",
                "expect n1.value == {}", "expect n1.removes.y == 6:n2", "add n1 y", "sync n1 n2", "advance 1s",
                "expect cluster.converged", "expect n2.value == {y}");
    }

    @Test
    void lwwSetConcurrentAddAndRemoveGoToTheLaterStampAndBiasDecidesClockTies() {
        Lab lab = Lab.create();
        lab.run("spawn 2 lwwset", "add n1 milk", "remove n2 milk", "gossip", "advance 1s", "expect cluster.converged",
                "expect n1.value == {}", "config bias=add", "expect n1.value == {milk}", "expect n2.value == {milk}",
                "config bias=remove", "expect n1.value == {}", "config bias=node", "expect n2.value == {}");
    }

    @Test
    void mvRegisterKeepsConcurrentWritesAsSiblingsUntilALaterWrite() {
        Lab lab = Lab.create();
        lab.run("spawn 3 mvreg", "expect n1.value == none", "set n1 red", "set n2 blue", "expect n1.value == {red}",
                "gossip", "advance 1s", "expect n3.value == {blue,red}", "expect n3.value.length == 2",
                "expect n3.siblings.length == 2", "expect cluster.converged", "set n3 green", "gossip", "advance 1s",
                "expect cluster.converged", "expect n1.value == {green}", "expect n1.version.green == [1,1,1]",
                "expect n1.version.red == none");
        assertEquals("[green [1,1,1]]", lab.value("n1.siblings"));
    }

    @Test
    void lwwRegisterLosesTheUpdateTheMvRegisterKeeps() {
        Lab lab = Lab.create();
        lab.run("spawn 2 lwwreg", "set n1 red", "set n2 blue", "gossip", "advance 1s", "expect n1.value == blue");
        lab.run("reset", "spawn 2 mvreg", "set n1 red", "set n2 blue", "gossip", "advance 1s", "expect n1.value == {blue,red}");
    }

    @Test
    void replicaStateSurvivesCrashAndRestart() {
        Lab lab = Lab.create();
        lab.run("spawn 2 gcounter", "inc n1 4", "crash n1", "expect n1.value == 4", "restart n1", "inc n1",
                "expect n1.value == 5", "expect n1.counts == [5,0]");
        lab.run("reset", "spawn 2 orset", "add n1 x", "crash n1", "restart n1", "expect n1.value == {x}");
    }

    @Test
    void convergedCountsOnlyUpReplicasAndMessagesToDownOnesAreLost() {
        Lab lab = Lab.create();
        lab.run("spawn 3 gcounter", "inc n1", "crash n3", "gossip", "advance 1s", "expect cluster.converged",
                "expect n3.value == 0", "restart n3", "expect not cluster.converged", "gossip", "advance 1s",
                "expect cluster.converged");
    }

    @Test
    void lostSyncsAreMadeGoodByLaterGossip() {
        Lab lab = Lab.create();
        lab.run("spawn 3 orset", "loss 100", "add n1 a", "add n2 b", "gossip", "advance 1s", "expect not cluster.converged",
                "loss 0", "gossip", "advance 1s", "expect cluster.converged", "expect n3.value == {a,b}");
    }

    @Test
    void aSyncCarriesTheStateAtSendTime() {
        Lab lab = Lab.create();
        lab.run("spawn 2 gcounter", "net manual", "inc n1", "sync n1 n2", "inc n1 5", "deliver m1", "expect n2.value == 1");
    }

    @Test
    void syncsArriveInAnyOrderAndStillConverge() {
        Lab lab = Lab.create();
        lab.run("spawn 2 orset", "net manual", "add n1 x", "sync n1 n2", "remove n1 x", "sync n1 n2", "add n1 y", "sync n1 n2",
                "deliver m3 m1 m2", "expect n2.value == {y}", "expect n2.state == n1.state", "expect cluster.identical");
    }

    @Test
    void backgroundGossipKeepsStatesFlowingUntilTurnedOff() {
        Lab lab = Lab.create();
        lab.run("spawn 3 orset", "add n1 a", "add n2 b", "config gossip=100ms", "run 10s until cluster.converged",
                "expect cluster.converged", "expect n3.value == {a,b}", "config gossip=off", "advance 1s", "add n3 c",
                "advance 5s", "expect not cluster.converged", "expect cluster.inflight == 0");
        long before = Long.parseLong(lab.value("cluster.messages"));
        lab.run("config gossip=50ms", "config gossip=50ms", "advance 1s");
        // One loop per replica, however often it was switched on: each sends every 50ms, 20 times a second.
        assertEquals(before + 3 * 20, Long.parseLong(lab.value("cluster.messages")));
        lab.run("crash n2", "restart n2", "run 10s until cluster.converged", "expect n1.value == {a,b,c}");
    }

    @Test
    void nodesTableShowsValuesAndInternalStateAndFlagsLaggards() {
        Lab lab = Lab.create();
        String out = lab.run("spawn 3 gcounter", "inc n1", "inc n1", "sync n1 n2", "advance 1s", "nodes");
        assertTrue(out.contains("counts"), out);
        assertTrue(out.contains("[2,0,0]"), out);
        lab.run("reset", "spawn 2 orset", "add n1 milk", "remove n1 milk", "add n1 milk");
        String orset = lab.run("nodes");
        assertTrue(orset.contains("tombstones") && orset.contains("milk 1:n1") && orset.contains("milk 3:n1"), orset);
        assertEquals("[milk 3:n1]", lab.value("n1.tags"));
        assertEquals("[milk 1:n1]", lab.value("n1.tombstones"));
    }
}
