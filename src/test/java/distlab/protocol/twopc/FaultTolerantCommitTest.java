package distlab.protocol.twopc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * Lecture 7.1's fault-tolerant two-phase commit ({@code ft=on}): the participants' votes go by
 * total order broadcast, the first vote per participant counts, and a failure detector's
 * suspicion votes no for a crashed participant. n1 coordinates n2 and n3; n4 orders the votes.
 */
class FaultTolerantCommitTest {
    private static Lab ft() {
        Lab lab = Lab.create();
        lab.run("spawn 4 twopc", "config ft=on");
        return lab;
    }

    @Test
    void votesGoByTotalOrderBroadcastAndEveryNodeDecides() {
        Lab lab = ft();
        lab.run("txn n2:x=1 n3:y=2", "run 1s until op1.status == ok");
        String out = events(lab);
        assertTrue(out.contains("order vote op1 n2 yes"), out);
        lab.assertValue("cluster.sequencer", "n4");
        lab.assertValue("n2.state.op1", "committed");
        lab.assertValue("n3.state.op1", "committed");
        lab.assertValue("n1.state.op1", "committed");
        // Every node delivered the same two votes: b1 and b2, in one order.
        lab.assertValue("cluster.atomic", "true");
        assertEquals(lab.value("n2.kv.x"), "1");
    }

    @Test
    void aCoordinatorCrashAfterTheVotesNoLongerBlocks() {
        Lab lab = ft();
        lab.run("txn n2:x=1 n3:y=2", "run 1s until n2.state.op1 == prepared and n3.state.op1 == prepared", "crash n1", "run 2s");
        lab.assertValue("cluster.blocked", "[]");
        lab.assertValue("n2.state.op1", "committed");
        lab.assertValue("n2.locks", "[]");
        lab.assertValue("n3.kv.y", "2");
        // The client learns the outcome when the coordinator is back and asks for it.
        lab.assertValue("op1.status", "pending");
        lab.run("restart n1", "run 2s");
        lab.assertValue("op1.status", "ok");
    }

    @Test
    void aSuspectedParticipantGetsANoVoteOnItsBehalf() {
        Lab lab = ft();
        lab.run("txn n2:x=1 n3:y=2", "crash n3", "run 2s");
        String out = events(lab);
        assertTrue(out.contains("vote op1 n3 no"), out);
        lab.assertValue("n2.state.op1", "aborted");
        lab.assertValue("op1.status", "failed");
        lab.run("restart n3", "run 3s");
        lab.assertValue("n3.state.op1", "none"); // it never heard of op1: nothing to undo
        lab.assertValue("cluster.atomic", "true");
    }

    /**
     * n3 votes yes, but its vote is slow to reach the sequencer, and n2 no longer hears n3: n2's
     * suspicion orders a no for n3 first. Everyone aborts, n3 included, though it voted yes; its
     * yes, arriving at the sequencer later, no longer counts.
     */
    @Test
    void onlyTheFirstVotePerParticipantInTheTotalOrderCounts() {
        Lab lab = ft();
        lab.run("latency 600ms n3 n4", "cut n3->n2", "txn n2:x=1 n3:y=2", "run 200ms");
        lab.assertValue("n3.state.op1", "prepared");
        lab.run("run 1s");
        lab.assertValue("n2.suspects", "[n3]");
        lab.assertValue("n2.state.op1", "aborted");
        lab.assertValue("n3.state.op1", "aborted");
        lab.assertValue("n1.state.op1", "aborted");
        String trace = events(lab);
        int no = line(trace, "n4    deliver b2");
        int yes = line(trace, "n4    recv", "from n3 order vote op1 n3 yes");
        assertTrue(trace.contains("b2 order=1 vote op1 n3 no") && no >= 0 && yes > no, trace);
        lab.assertValue("cluster.atomic", "true");
    }

    @Test
    void aNodeThatMissedOrderedVotesLearnsTheOutcomeByAsking() {
        Lab lab = ft();
        lab.run("txn n2:x=1 n3:y=2", "run 1s until n2.state.op1 == prepared and n3.state.op1 == prepared", "crash n3", "run 1s");
        lab.assertValue("n2.state.op1", "committed");
        lab.run("restart n3", "run 2s");
        String out = events(lab);
        assertTrue(out.contains("outcome? op1"), out);
        lab.assertValue("n3.state.op1", "committed");
    }

    /** The number of the first line containing every one of the parts, or -1. */
    private static int line(String text, String... parts) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            final String l = lines[i];
            if (java.util.Arrays.stream(parts).allMatch(l::contains)) return i;
        }
        return -1;
    }

    /** Every event but heartbeats, one a line. */
    private static String events(Lab lab) {
        StringBuilder out = new StringBuilder();
        for (String line : lab.run("events --all").split("\n")) if (!line.contains("Heartbeat") && !line.contains("heartbeat")) out.append(line).append('\n');
        return out.toString();
    }

    @Test
    void theSequencerIsFixedOnceAVoteIsOrdered() {
        Lab lab = ft();
        lab.run("config sequencer=n3");
        lab.assertValue("cluster.sequencer", "n3");
        lab.run("config sequencer=last", "txn n2:x=1", "run 1s");
        assertEquals("the sequencer is fixed once a vote has been ordered (reset to choose another)", lab.error("config sequencer=n2"));
        assertEquals("no server is named n9 to be the sequencer (config sequencer=last)", ft().error("config sequencer=n9"));
        assertTrue(ft().run("config sequencer=n1").contains("warning: the sequencer is the coordinator"));
    }
}
