package distlab.protocol.twopc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lecture 7.1's two-phase commit, one rule per test, on schedules delivered by hand. */
class TwoPcRulesTest {
    /** n1 coordinates n2 and n3; messages move only when delivered. */
    static Lab manual(String... settings) {
        Lab lab = Lab.create();
        lab.run("spawn 3 twopc", "net manual");
        for (String s : settings) lab.run("config " + s);
        return lab;
    }

    /** Delivers every message in flight, {@code rounds} times over (each round's replies wait for the next). */
    static String rounds(Lab lab, int rounds) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rounds; i++) out.append(lab.run("deliver all"));
        return out.toString();
    }

    /** Begin, execute, executed, prepare: the participants have voted, the votes are in flight. */
    static void upToTheVotes(Lab lab) {
        rounds(lab, 4);
        lab.assertValue("n2.state.op1", "prepared");
        lab.assertValue("n3.state.op1", "prepared");
    }

    @Test
    void everyYesCommitsAtEveryParticipant() {
        Lab lab = manual();
        lab.run("txn n2:x=1 n3:y=2");
        rounds(lab, 6);
        lab.assertValue("op1.status", "ok");
        lab.assertValue("op1.decision", "commit");
        lab.assertValue("n2.kv.x", "1");
        lab.assertValue("n3.kv.y", "2");
        lab.assertValue("n2.state.op1", "committed");
        lab.assertValue("n2.locks", "[]");
        lab.assertValue("cluster.blocked", "[]");
        lab.assertValue("cluster.atomic", "true");
    }

    @Test
    void oneNoVoteAbortsEverywhereAndWritesNothing() {
        Lab lab = manual();
        lab.run("vote n3 no", "txn n2:x=1 n3:y=2");
        String out = rounds(lab, 6);
        assertTrue(out.contains("vote no on op1: this node votes no"), out);
        lab.assertValue("op1.status", "failed");
        lab.assertValue("op1.error", "aborted");
        lab.assertValue("n2.state.op1", "aborted");
        lab.assertValue("n3.state.op1", "aborted");
        lab.assertValue("n2.kv.x", "none");
        lab.assertValue("n2.locks", "[]");
    }

    @Test
    void aLockHeldByAPreparedTransactionMakesAnotherVoteNo() {
        Lab lab = manual();
        lab.run("txn n2:x=1 n3:y=2");
        upToTheVotes(lab);
        lab.run("drop all", "txn n2:x=5 --client c2");
        String out = rounds(lab, 6);
        assertTrue(out.contains("op2 cannot lock: x is locked by op1"), out);
        lab.assertValue("op2.status", "failed");
        lab.assertValue("n2.locks", "[x:op1]");
        lab.assertValue("n2.state.op1", "prepared");
    }

    @Test
    void aMissingVoteAtTheTimeoutAbortsEvenAParticipantThatVotedYes() {
        Lab lab = manual("timeout=500ms");
        lab.run("txn n2:x=1 n3:y=2");
        upToTheVotes(lab);
        lab.run("drop m9", "deliver m8", "advance 500ms");
        lab.assertValue("op1.decision", "abort");
        rounds(lab, 2);
        lab.assertValue("n2.state.op1", "aborted");
        lab.assertValue("n3.state.op1", "aborted");
        lab.assertValue("cluster.atomic", "true");
    }

    @Test
    void theCoordinatorLogsItsDecisionBeforeSendingItAndResendsItAfterARestart() {
        Lab lab = manual();
        lab.run("txn n2:x=1 n3:y=2");
        upToTheVotes(lab);
        String decided = lab.run("deliver all");
        int logged = decided.indexOf("local \"log commit op1\"");
        assertTrue(logged > 0 && logged < decided.indexOf("send m10 to n2 commit op1"), decided);
        lab.run("drop m10 m11", "crash n1", "restart n1");
        rounds(lab, 1);
        lab.assertValue("n2.state.op1", "committed");
        lab.assertValue("n3.state.op1", "committed");
        lab.assertValue("op1.status", "ok");
    }

    @Test
    void aRestartedCoordinatorAbortsWhatItNeverDecided() {
        Lab lab = manual();
        lab.run("txn n2:x=1 n3:y=2");
        upToTheVotes(lab);
        String out = lab.run("crash n1", "restart n1");
        assertTrue(out.contains("op1 has no decision in the log: abort"), out);
        rounds(lab, 1);
        lab.assertValue("n2.state.op1", "aborted");
        lab.assertValue("op1.status", "failed");
    }

    @Test
    void aPreparedParticipantBlocksWithItsLocksWhileTheCoordinatorIsDownAskingAfterEachTimeout() {
        Lab lab = manual("timeout=1s");
        lab.run("txn n2:x=1 n3:y=2");
        upToTheVotes(lab);
        lab.run("crash n1");
        String out = lab.run("advance 3s");
        // One query to the coordinator after each timeout: at 1s, 2s and 3s.
        assertEquals(3, lines(out).stream().filter(l -> l.contains("n2  send") && l.contains("to n1 outcome? op1")).count(), out);
        lab.assertValue("cluster.blocked", "[op1]");
        lab.assertValue("n2.locks", "[x:op1]");
        lab.assertValue("n3.locks", "[y:op1]");
        assertTrue(lab.run("nodes").contains("op1 prepared BLOCKED"));
        lab.run("restart n1", "net auto", "run 1s");
        lab.assertValue("cluster.blocked", "[]");
        lab.assertValue("n2.locks", "[]");
    }

    @Test
    void aPreparedParticipantKeepsItsPromiseAcrossACrash() {
        Lab lab = manual();
        lab.run("txn n2:x=1 n3:y=2");
        upToTheVotes(lab);
        String restart = lab.run("crash n2", "restart n2");
        assertTrue(restart.contains("n2  send m10 to n1 outcome? op1"), restart); // it asks at once
        lab.assertValue("n2.state.op1", "prepared");
        lab.assertValue("n2.locks", "[x:op1]");
        rounds(lab, 2);
        lab.assertValue("n2.state.op1", "committed");
        lab.assertValue("n2.kv.x", "1");
    }

    @Test
    void aParticipantStillWorkingWithNoPrepareAbortsOnItsOwnAndSaysNo() {
        Lab lab = manual("timeout=500ms");
        lab.run("txn n2:x=1 n3:y=2");
        rounds(lab, 2);
        lab.assertValue("n2.state.op1", "working");
        lab.run("drop all");
        String out = lab.run("advance 500ms");
        assertTrue(out.contains("no prepare for op1 in time: abort"), out);
        lab.assertValue("n2.state.op1", "aborted");
        lab.assertValue("n2.locks", "[]");
    }

    @Test
    void aParticipantThatLostItsWorkInACrashVotesNo() {
        Lab lab = manual();
        lab.run("txn n2:x=1 n3:y=2");
        rounds(lab, 3);
        lab.run("crash n3", "restart n3");
        String out = rounds(lab, 2);
        assertTrue(out.contains("vote no on op1: no record of it"), out);
        lab.assertValue("op1.decision", "abort");
        rounds(lab, 1);
        lab.assertValue("cluster.atomic", "true");
        lab.assertValue("n2.state.op1", "aborted");
    }

    @Test
    void pathsAnswerForEveryRole() {
        Lab lab = manual();
        lab.run("txn n2:x=1 n3:y=2");
        rounds(lab, 2);
        lab.assertValue("n1.role", "coordinator");
        lab.assertValue("n2.role", "participant");
        lab.assertValue("n1.state.op1", "working");
        lab.assertValue("n2.state.op1", "working");
        lab.assertValue("n2.state.op9", "none");
        lab.assertValue("op1.participants", "[n2, n3]");
        lab.assertValue("n2.vote", "yes");
        lab.assertValue("n1.vote", "none");
        assertTrue(lab.run("show n2").contains("n2.state.op1 = working"));
    }

    @Test
    void badInputGetsOneLineWithTheFix() {
        Lab lab = manual();
        assertEquals("n1 is the coordinator; a transaction writes at participants (n2 n3)", lab.error("txn n1:x=1"));
        assertEquals("unknown node 'n9' (nodes: n1 n2 n3)", lab.error("txn n9:x=1"));
        assertEquals("'x=1' is not NODE:KEY=VALUE (e.g. txn n2:x=1 n3:y=2)", lab.error("txn x=1"));
        assertEquals("n2:x is written twice in one transaction", lab.error("txn n2:x=1 n2:x=2"));
        assertEquals("n1 is the coordinator; participants vote", lab.error("vote n1 no"));
        assertTrue(lab.error("vote n2 maybe").startsWith("VOTE must be yes or no"));
        lab.run("txn n2:x=1");
        assertEquals("ft is fixed once a transaction has begun (reset, and config ft=on before the first txn)", lab.error("config ft=on"));
        Lab one = Lab.create();
        assertEquals("two-phase commit needs a coordinator (n1) and at least one participant: spawn 3 twopc", one.error("spawn 1 twopc"));
        assertTrue(Lab.create().error("txn n2:x=1").contains("spawn 3 twopc"));
    }

    static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }
}
