package distlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExpressionTest {
    private Lab lab;

    @BeforeEach
    void threeNodesOneDeliveredMessage() {
        lab = Lab.create();
        lab.run("spawn 3", "net manual", "send n1 n2 hi", "local n3", "deliver m1");
    }

    private boolean holds(String expr) {
        return lab.session().execute("expect " + expr).status() == Result.Status.OK;
    }

    @Test
    void comparesNumbersNumericallyAndEverythingElseByPrintedForm() {
        assertTrue(holds("n2.lamport == 2"));
        assertTrue(holds("n2.lamport >= 2 and n2.lamport < 3"));
        assertTrue(holds("n1.vc == [1,0,0]"));
        assertTrue(holds("n1.vc == [1, 0, 0]"), "blanks inside a vector do not matter");
        assertTrue(holds("e1.node == n1"));
        assertTrue(holds("m1.status == delivered"));
        assertTrue(holds("m1.payload == \"hi\""));
        assertTrue(holds("time == 0ms and time == 0"));
        assertTrue(holds("n1.vc == [1,0]"), "a missing vector entry is 0");
        assertTrue(!holds("n1.vc == [1,1]") && holds("n1.vc != [1,1]"));
    }

    @Test
    void vectorsAreOrderedComponentwise() {
        assertTrue(holds("n1.vc < n2.vc"));
        assertTrue(holds("not (n3.vc < n2.vc) and not (n2.vc < n3.vc)"));
        assertTrue(holds("n1.vc <= n1.vc and not (n1.vc < n1.vc)"));
    }

    @Test
    void happensBeforeAndConcurrency() {
        assertTrue(holds("e1 -> e3"));
        assertTrue(holds("e2 || e3"));
        assertTrue(!holds("e3 -> e1"));
        assertTrue(!holds("e1 || e1"), "an event is not concurrent with itself");
    }

    @Test
    void booleanLogicWithPrecedenceAndParentheses() {
        assertTrue(holds("n1.up or n1.lamport == 99 and n1.lamport == 98"), "and binds tighter than or");
        assertTrue(!holds("(n1.up or n1.lamport == 99) and n1.lamport == 98"));
        assertTrue(holds("not not n1.up"));
    }

    @Test
    void aFailedExpectationReportsWhatItSaw() {
        assertEquals("n2.lamport == 5 (actual: 2)", lab.error("expect n2.lamport == 5"));
        assertEquals("e3 -> e1 (actual: e1 -> e3)", lab.error("expect e3 -> e1"));
        assertEquals("n1.vc == n2.vc (actual: n1.vc = [1,0,0], n2.vc = [1,1,0])", lab.error("expect n1.vc == n2.vc"));
    }

    @Test
    void letRemembersAValueForLaterLines() {
        lab.run("let who = e3.node", "let early = n1.lamport < n2.lamport");
        lab.run("expect $who == n2", "expect $early");
        lab.run("crash $who");
        lab.assertValue("n2.up", "false");
    }

    @Test
    void malformedExpressionsGetOneClearLine() {
        assertTrue(lab.error("expect n1.lamport = 1").contains("use '=='"));
        assertTrue(lab.error("expect n1.lamport ==").contains("ends too early"));
        assertTrue(lab.error("expect (n1.up").contains("missing ')'"));
        assertTrue(lab.error("expect n1.lamport").contains("not true or false"));
        assertTrue(lab.error("expect n1.nope == 1").contains("n1 has: up lamport vc"));
        assertTrue(lab.error("expect e99 -> e1").contains("events: e1..e3"));
        assertTrue(lab.error("expect e1.node < leader").contains("cannot order"));
        assertTrue(lab.error("expect n1.vc == [1,0").contains("unterminated"));
    }
}
