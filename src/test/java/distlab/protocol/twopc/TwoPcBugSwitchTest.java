package distlab.protocol.twopc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each {@code bug=} switch breaks one rule of two-phase commit; a schedule a model checker would
 * find shows {@code cluster.atomic} catching it, and the same schedule with {@code bug=none}
 * stays atomic.
 */
class TwoPcBugSwitchTest {
    /**
     * The coordinator decides commit and sends it; n2 commits; the coordinator crashes before
     * n3's commit arrives. Restarted, it finds no decision in its log and aborts.
     */
    @ParameterizedTest
    @ValueSource(strings = {"nolog", "none"})
    void aDecisionSentBeforeItIsLoggedIsForgottenInACrash(String bug) {
        Lab lab = TwoPcRulesTest.manual("bug=" + bug);
        lab.run("txn n2:x=1 n3:y=2");
        TwoPcRulesTest.rounds(lab, 5);
        String out = lab.run("deliver m10", "crash n1", "drop m11", "restart n1", "deliver all");
        if (bug.equals("none")) {
            lab.assertValue("cluster.atomic", "true");
            lab.assertValue("n3.state.op1", "committed");
            return;
        }
        assertTrue(out.contains("UNSAFE: atomic: op1 committed at n2 but aborted at n3"), out);
        lab.assertValue("cluster.atomic", "false");
        lab.assertValue("cluster.violation", "op1 committed at n2 but aborted at n3");
    }

    /** n3 votes yes and crashes; restarted, it forgets its promise and aborts, while the coordinator decides commit. */
    @ParameterizedTest
    @ValueSource(strings = {"forget", "none"})
    void aParticipantThatForgetsItIsPreparedBreaksItsPromise(String bug) {
        Lab lab = TwoPcRulesTest.manual("bug=" + bug);
        lab.run("txn n2:x=1 n3:y=2");
        TwoPcRulesTest.rounds(lab, 4);
        lab.run("crash n3", "restart n3");
        TwoPcRulesTest.rounds(lab, 3);
        lab.assertValue("n2.state.op1", "committed");
        if (bug.equals("none")) {
            lab.assertValue("n3.state.op1", "committed");
            lab.assertValue("cluster.atomic", "true");
            return;
        }
        lab.assertValue("n3.state.op1", "aborted");
        assertEquals("false", lab.value("cluster.atomic"));
    }
}
