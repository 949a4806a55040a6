package distlab.protocol.quorum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.protocol.client.ClientProtocol;
import distlab.protocol.client.Op;
import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/** The client's rules, driven message by message (docs/commands.md, protocols "quorum", lecture 5.2, ABD). */
class QuorumClientRulesTest {
    private static Op op(Lab lab, int id) {
        return ((ClientProtocol) lab.session().module()).history().find(id);
    }

    @Test
    void aPutIsOkAfterWAcksAndNotBefore() {
        Lab lab = Lab.manualQuorum();
        lab.run("put x 1", "deliver m1 m2 m3", "deliver m4");
        lab.assertValue("op1.status", "pending");
        lab.assertValue("c1.progress", "acks 1/2");
        lab.assertValue("c1.op", "op1");
        String out = lab.run("deliver m5");
        assertTrue(out.contains("op1 put x 1 (c1): ok"), out);
        lab.assertValue("op1.status", "ok");
        lab.assertValue("c1.op", "none");
        // the third ack arrives late and is ignored
        lab.run("deliver m6");
        lab.assertValue("op1.status", "ok");
    }

    @Test
    void acksFromOneReplicaCountOnce() {
        Lab lab = Lab.manualQuorum();
        lab.run("dup 100", "put x 1", "deliver m1 m2");
        // n1 acked twice (m7, and its copy m8, m9, m10): still one replica
        lab.run("deliver all");
        lab.assertValue("op1.status", "pending");
        lab.assertValue("c1.progress", "acks 1/2");
    }

    @Test
    void aGetIsOkAfterRRepliesWithTheNewestTimestamp() {
        Lab lab = Lab.manualQuorum("readrepair=off");
        lab.run("put x 1", "deliver m1 m2", "deliver m4 m5");
        // op2's write (m6..m8) reaches only n1
        lab.run("put x 2", "deliver m6", "deliver m9");
        lab.assertValue("op2.status", "pending");
        // c2's reads are m10..m12; n1 holds 2@2:c1, n3 holds nothing
        lab.run("get x --client c2", "deliver m10 m12");
        lab.run("deliver m13");
        lab.assertValue("op3.status", "pending");
        lab.assertValue("c2.progress", "replies 1/2");
        lab.run("deliver m14");
        lab.assertValue("op3.status", "ok");
        lab.assertValue("op3.value", "2");
        lab.assertValue("cluster.inflight", "4");
    }

    @Test
    void aGetOfAKeyNeverWrittenReturnsNone() {
        Lab lab = Lab.create();
        lab.run("spawn 3 quorum", "get nothing", "advance 1s");
        lab.assertValue("op1.status", "ok");
        lab.assertValue("op1.value", "none");
        lab.assertValue("n1.kv.nothing", "none");
    }

    @Test
    void aPutsTimestampIsGreaterThanAnyTheClientHasSeen() {
        Lab lab = Lab.create();
        lab.run("spawn 3 quorum", "put x 1", "advance 1s", "put x 2", "advance 1s", "put x 3", "advance 1s");
        lab.assertValue("n1.ts.x", "3:c1");
        // c2 has seen nothing yet, so its first write would be 1:c2; a read teaches it 3
        lab.run("get x --client c2", "advance 1s", "put x 4 --client c2", "advance 1s");
        lab.assertValue("n1.ts.x", "4:c2");
        lab.assertValue("n1.kv.x", "4");
        lab.assertValue("c2.counter", "4");
    }

    @Test
    void aClientWithoutKnowledgeWritesAnOlderTimestampAndLoses() {
        Lab lab = Lab.create();
        // c1 is created first, so it comes before c2 in node order
        lab.run("spawn 3 quorum", "get y --client c1", "put x 1 --client c2", "advance 1s", "put x 2 --client c1", "advance 1s");
        // (1,c1) < (1,c2): the later write is acknowledged but kept nowhere (lecture 5.1, LWW)
        lab.assertValue("op3.status", "ok");
        lab.assertValue("n1.kv.x", "1");
        lab.assertValue("n1.ts.x", "1:c2");
        // ...and c1 learned the newer timestamp from the acks
        lab.assertValue("c1.counter", "1");
    }

    @Test
    void readRepairSendsTheNewestValueToOlderRepliers() {
        Lab lab = Lab.manualQuorum();
        lab.run("put x 1", "deliver m1 m2", "deliver m4 m5");
        lab.run("get x", "deliver m8 m7", "deliver m9 m10");
        lab.assertValue("op2.value", "1");
        // n3 replied with none: one repair, to n3
        lab.assertValue("m11.to", "n3");
        lab.assertValue("m11.payload", "repair x=1@1:c1");
        lab.run("deliver m11");
        lab.assertValue("n3.kv.x", "1");
        lab.assertValue("cluster.converged", "true");
    }

    @Test
    void readRepairAlsoFixesAReplyThatArrivesAfterTheGetReturned() {
        Lab lab = Lab.manualQuorum();
        lab.run("put x 1", "deliver m1 m2", "deliver m4 m5");
        // the get hears from n1 and n2 (both hold 1): nothing to repair yet
        lab.run("get x", "deliver m6 m7", "deliver m9 m10");
        lab.assertValue("op2.status", "ok");
        lab.assertValue("cluster.inflight", "2");
        // now n3's reply (none) arrives after the get returned: n3 is repaired all the same
        lab.run("deliver m8", "deliver m11");
        lab.assertValue("m12.to", "n3");
        lab.assertValue("m12.payload", "repair x=1@1:c1");
        lab.run("deliver m12");
        lab.assertValue("n3.kv.x", "1");
    }

    @Test
    void aLateNewerReplyRepairsTheReplicasThatAnsweredEarlier() {
        Lab lab = Lab.manualQuorum("r=1", "w=1");
        lab.run("put x 1", "deliver m1", "deliver m4");
        // c2 hears only from n3, which has nothing: a stale read
        lab.run("get x --client c2", "deliver m7", "deliver m8");
        lab.assertValue("op2.value", "none");
        lab.assertValue("cluster.stale", "[op2]");
        // n1's reply (1@1:c1) comes late: n3, which replied none, is repaired
        lab.run("deliver m5", "deliver m9");
        lab.assertValue("m10.to", "n3");
        lab.assertValue("m10.payload", "repair x=1@1:c1");
        // and n2's late reply (none) is repaired with the newest version seen
        lab.run("deliver m6", "deliver m11");
        lab.assertValue("m12.to", "n2");
        lab.run("deliver m10 m12");
        lab.assertValue("cluster.converged", "true");
        lab.assertValue("op2.value", "none");
    }

    @Test
    void noRepairWhenReadRepairIsOff() {
        Lab lab = Lab.manualQuorum("readrepair=off");
        lab.run("put x 1", "deliver m1 m2", "deliver m4 m5");
        lab.run("get x", "deliver m8 m7", "deliver m9 m10");
        lab.assertValue("op2.value", "1");
        lab.assertValue("cluster.inflight", "2");
        lab.run("deliver all");
        lab.assertValue("n3.kv.x", "1");
        lab.run("get x --client c2", "deliver all", "deliver all");
        lab.assertValue("cluster.inflight", "0");
    }

    @Test
    void writeBackWritesToEveryReplicaAndReturnsAfterWAcks() {
        Lab lab = Lab.manualQuorum("writeback=on");
        lab.run("put x 1", "deliver m1", "get x --client c2");
        // m5..m7 are c2's reads; n1 has x, n2 does not
        lab.run("deliver m5 m6", "deliver m8 m9");
        lab.assertValue("op2.status", "pending");
        lab.assertValue("c2.progress", "write-back acks 0/2");
        lab.assertValue("m10.payload", "writeback x=1@1:c1 op2");
        lab.assertValue("m10.to", "n1");
        lab.assertValue("m11.to", "n2");
        lab.assertValue("m12.to", "n3");
        lab.run("deliver m10 m11", "deliver m13");
        lab.assertValue("op2.status", "pending");
        lab.run("deliver m14");
        lab.assertValue("op2.status", "ok");
        lab.assertValue("op2.value", "1");
        lab.assertValue("n2.kv.x", "1");
        lab.assertValue("op1.status", "pending");
    }

    @Test
    void aGetThatFoundNothingHasNothingToWriteBack() {
        Lab lab = Lab.manualQuorum("writeback=on");
        lab.run("get x", "deliver m1 m2", "deliver m4 m5");
        lab.assertValue("op1.status", "ok");
        lab.assertValue("op1.value", "none");
        lab.assertValue("cluster.inflight", "1");
    }

    @Test
    void withWriteQueryAPutFirstLearnsTheNewestTimestamp() {
        Lab lab = Lab.manualQuorum("writequery=on");
        // c1 exists first (so c1 comes before c2 in node order) and has seen no timestamps
        lab.run("get y --client c1", "deliver m1 m2", "deliver m4 m5");
        lab.run("put x 1 --client c2");
        // c2's put asks every replica first (m6..m8), in node order
        lab.assertValue("m6.payload", "read x op2");
        lab.assertValue("c2.progress", "timestamp replies 0/2");
        lab.run("deliver m6 m7", "deliver m9 m10");
        lab.assertValue("c2.progress", "acks 0/2");
        // then writes with a timestamp greater than any it saw (m11..m13)
        lab.assertValue("m11.payload", "write x=1@1:c2 op2");
        lab.run("deliver m11 m12", "deliver m14 m15");
        lab.assertValue("op2.status", "ok");
        // Without the query c1 would write 1:c1, older than 1:c2, and lose; with it, it writes 2:c1.
        lab.run("put x 2 --client c1", "deliver m16 m17", "deliver m19 m20");
        lab.assertValue("m21.payload", "write x=2@2:c1 op3");
        lab.run("deliver m21 m22", "deliver m24 m25");
        lab.assertValue("op3.status", "ok");
        lab.assertValue("n1.kv.x", "2");
    }

    @Test
    void aTimedOutPutFailsWithAnUnknownOutcome() {
        Lab lab = Lab.manualQuorum("timeout=200ms");
        lab.run("put x 1", "deliver m1", "deliver m4");
        String out = lab.run("advance 199ms");
        assertFalse(out.contains("failed"), out);
        out = lab.run("advance 1ms");
        assertTrue(out.contains("op1 put x 1 (c1): failed (timeout after acks 1/2)"), out);
        lab.assertValue("op1.status", "failed");
        assertFalse(op(lab, 1).outcomeKnown(), "a timed-out put may have taken effect");
        lab.assertValue("n1.kv.x", "1");
        // late acks are ignored, and the client goes on with its next op
        lab.run("get x", "deliver m2", "deliver all");
        lab.assertValue("op1.status", "failed");
    }

    @Test
    void aTimedOutGetFailsAndChangesNothing() {
        Lab lab = Lab.manualQuorum("timeout=1s");
        lab.run("get x", "advance 1s");
        lab.assertValue("op1.status", "failed");
        lab.assertValue("op1.error", "timeout after replies 0/2");
        assertTrue(op(lab, 1).outcomeKnown());
    }

    @Test
    void aClientRunsOneOpAtATime() {
        Lab lab = Lab.manualQuorum();
        String out = lab.run("put x 1", "put x 2");
        assertTrue(out.contains("op2 put x 2 (c1): waiting for c1's previous op"), out);
        lab.assertValue("cluster.inflight", "3");
        lab.run("deliver m1 m2", "deliver m4 m5");
        lab.assertValue("op1.status", "ok");
        // op2 started at once: its writes are m6..m8
        lab.assertValue("m6.payload", "write x=2@2:c1 op2");
    }

    @Test
    void opsStartWithTheSettingsOfTheirTime() {
        Lab lab = Lab.manualQuorum();
        lab.run("put x 1", "config w=3", "deliver m1 m2", "deliver m4 m5");
        lab.assertValue("op1.status", "ok");
        lab.assertValue("cluster.w", "3");
    }
}
