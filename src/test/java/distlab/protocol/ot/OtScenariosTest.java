package distlab.protocol.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/** The central-server scheme (Jupiter) rule by rule, through the commands a learner types. */
class OtScenariosTest {
    private static Lab pan(String... settings) {
        Lab lab = Lab.create();
        lab.run("spawn 3 ot");
        for (String s : settings) lab.run("config " + s);
        lab.run("insert n1 0 pan", "run 1s");
        return lab;
    }

    @Test
    void theLecturesEditsConvergeWithTransformation() {
        Lab lab = pan();
        lab.run("insert n2 1 l", "insert n3 3 t", "run 1s");
        lab.run("expect cluster.converged and cluster.consistent", "expect n1.text == plant and n2.text == plant");
        assertEquals("server", lab.value("n1.role"));
        assertEquals("client", lab.value("n2.role"));
    }

    @Test
    void theLecturesEditsDivergeWithoutIt() {
        Lab lab = pan("transform=off");
        lab.run("insert n2 1 l", "insert n3 3 t");
        String out = lab.run("run 1s");
        assertTrue(out.contains("UNSAFE: consistent: n2 and n1 have processed the same 3 edits but hold \"platn\" and \"plant\""), out);
        lab.run("expect n2.text == platn and n3.text == plant", "expect not cluster.converged");
        assertEquals("1", lab.value("n1.asis"));
    }

    @Test
    void aClientsEditIsPendingUntilTheServerAcknowledgesIt() {
        Lab lab = pan();
        lab.run("net manual", "insert n2 3 s");
        assertEquals("[ins 3 \"s\"]", lab.value("n2.pending"));
        assertEquals("[]", lab.value("n1.pending"));
        lab.run("deliver all");
        // The server forwarded the edit to n3: pending until n3 acknowledges it.
        assertEquals("[ins 3 \"s\" to n3]", lab.value("n1.pending"));
        lab.run("deliver all");
        assertEquals("[]", lab.value("n2.pending"));
        lab.run("deliver all");
        assertEquals("[]", lab.value("n1.pending"));
        lab.run("expect cluster.converged");
    }

    @Test
    void aClientTransformsTheServersEditAgainstItsPendingOne() {
        Lab lab = pan();
        lab.run("net manual", "insert n1 3 s", "insert n2 0 x");
        // n2 receives the server's edit made without its x: it shifts it right by one.
        String out = lab.run("deliver m5");
        assertTrue(out.contains("local \"transform ins 3 \"s\" -> ins 4 \"s\"\""), out);
        assertEquals("xpans", lab.value("n2.text"));
        lab.run("deliver all", "deliver all", "deliver all", "expect cluster.converged", "expect n3.text == xpans");
    }

    @Test
    void editsThatOvertakeEachOtherAreTakenInOrderAndDuplicatesOnce() {
        Lab lab = pan();
        lab.run("net manual", "insert n1 3 s", "insert n1 4 y");
        // m7 (the y) reaches n2 before m5 (the s): n2 holds it until the s has been applied.
        lab.run("deliver m7");
        assertEquals("pan", lab.value("n2.text"));
        lab.run("deliver m5");
        assertEquals("pansy", lab.value("n2.text"));
        lab.run("dup 100", "insert n3 0 a", "deliver all", "deliver all", "deliver all", "deliver all");
        lab.run("expect cluster.converged", "expect n2.text == apansy");
    }

    @Test
    void aLostEditIsResentUntilAcknowledged() {
        Lab lab = pan();
        lab.run("partition n2", "insert n2 3 e", "run 600ms");
        assertEquals("[ins 3 \"e\"]", lab.value("n2.pending"));
        String out = lab.run("heal", "run 1s");
        assertTrue(out.contains("timer resend to n1"), out);
        lab.run("expect cluster.converged", "expect n3.text == pane", "expect n2.pending == []");
    }

    @Test
    void withResendOffALostEditStaysLost() {
        Lab lab = pan("resend=off");
        lab.run("partition n2", "insert n2 3 e", "run 1s", "heal", "run 2s");
        lab.run("expect not cluster.converged", "expect n1.text == pan");
    }

    @Test
    void aCrashedClientKeepsItsTextAndResendsAfterRestart() {
        Lab lab = pan();
        lab.run("net manual", "insert n3 0 s", "drop all", "crash n3", "restart n3", "net auto", "run 1s");
        lab.run("expect cluster.converged", "expect n1.text == span");
    }

    @Test
    void multiCharacterEditsAndOverlappingDeletesConverge() {
        Lab lab = Lab.create();
        lab.run("spawn 3 ot", "insert n1 0 \"hello world\"", "run 1s");
        lab.run("delete n2 2 5", "delete n3 4 4", "insert n1 5 XY", "run 1s");
        lab.run("expect cluster.converged", "expect n1.text == heXYrld");
    }

    @Test
    void badInputGetsOneLineAndChangesNothing() {
        Lab lab = pan();
        assertEquals("POS 9 is outside n2's text: it has 3 characters, so POS is from 0 to 3", lab.error("insert n2 9 x"));
        assertEquals("LENGTH 5 from 1 runs past the end of n2's text (3 characters): at most 2", lab.error("delete n2 1 5"));
        assertEquals("POS must be a whole number from 0, not '-1'", lab.error("delete n2 -1"));
        assertEquals("LENGTH must be at least 1 (got 0)", lab.error("delete n2 0 0"));
        assertEquals("transform is fixed once an edit has been made (reset, and config transform=off before the first edit)",
                lab.error("config transform=off"));
        assertEquals("ot: every client joins before the first edit (reset to start again with more nodes)", lab.error("spawn 1"));
        assertEquals("add is a command of CRDTs (gcounter, pncounter, lwwreg, mvreg, lwwset, orset); this session runs ot"
                + " (reset, then e.g. spawn 3 orset)", lab.error("add n1 milk"));
        assertEquals("pan", lab.value("n2.text"));
    }
}
