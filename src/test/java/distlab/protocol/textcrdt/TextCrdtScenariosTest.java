package distlab.protocol.textcrdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/** Lecture 8.1's text CRDT through the commands a learner types. */
class TextCrdtScenariosTest {
    private static Lab pan(String... settings) {
        Lab lab = Lab.create();
        lab.run("spawn 3 textcrdt");
        for (String s : settings) lab.run("config " + s);
        lab.run("insert n1 0 pan", "run 1s");
        return lab;
    }

    @Test
    void theLecturesEditsConvergeWithoutTransformation() {
        Lab lab = pan();
        lab.run("insert n2 1 l", "insert n3 3 t", "run 1s", "expect cluster.converged", "expect n3.text == plant");
        assertEquals("[p 1@n1, l 1:n1.1@n2, a 2@n1, n 3@n1, t 4@n3]", lab.value("n3.positions"));
        assertEquals("[b1, b3, b2]", lab.value("n3.delivered"));
    }

    @Test
    void twoNamesTypedAtOnceInterleave() {
        Lab lab = Lab.create();
        lab.run("spawn 2 textcrdt", "insert n1 0 Alice", "insert n2 0 Bob", "run 1s");
        assertEquals("ABloibce", lab.value("n2.text"));
    }

    @Test
    void causalDeliveryHoldsADeleteBackUntilItsInsert() {
        Lab lab = pan();
        lab.run("net manual", "insert n1 3 s", "delete n1 3");
        lab.run("deliver m6");
        assertEquals("[b3]", lab.value("n3.holdback"));
        assertTrue(lab.run("nodes").contains("b3 del \"s\" 4@n1 (needs b2 from n1)"));
        lab.run("deliver m4", "expect n3.text == pan and n3.holdback == []", "deliver all", "expect cluster.causal and cluster.converged");
    }

    @Test
    void inAnyOrderADeleteBeforeItsInsertLeavesTheCharacterForGood() {
        Lab lab = pan("delivery=any");
        lab.run("net manual", "insert n1 3 s", "delete n1 3");
        String out = lab.run("deliver m6", "deliver m4", "deliver all");
        assertTrue(out.contains("UNSAFE: causal: n3: the delete of 4@n1 came before its insert"), out);
        assertTrue(out.contains("UNSAFE: consistent: n1 and n3 delivered the same 3 edits but hold \"pan\" and \"pans\""), out);
        lab.run("expect n3.text == pans and n2.text == pan", "expect not cluster.converged");
    }

    @Test
    void editsLostToAPartitionAreResentBySync() {
        Lab lab = pan();
        lab.run("partition n3", "insert n3 0 s", "insert n1 3 e", "run 1s", "heal", "run 1s");
        lab.run("expect not cluster.converged", "gossip", "run 1s", "expect cluster.converged", "expect n2.text == spane");
        // Sync again: the receivers skip what they have.
        String out = lab.run("sync n1 n2", "run 1s");
        assertTrue(!out.contains("deliver"), out);
    }

    @Test
    void aReplicaKeepsItsTextThroughACrashAndALateReplicaCatchesUpBySync() {
        Lab lab = pan();
        lab.run("crash n2", "insert n1 0 s", "run 1s", "restart n2", "expect n2.text == pan", "sync n1 n2", "run 1s",
                "expect n2.text == span");
        lab.run("spawn 1", "expect n4.text == \"\"", "sync n3 n4", "run 1s", "expect cluster.converged");
        lab.run("insert n4 4 e", "run 1s", "expect n1.text == spane");
    }

    @Test
    void badInputGetsOneLineAndChangesNothing() {
        Lab lab = pan();
        assertEquals("TEXT is " + 201 + " characters; one insert adds at most 200", lab.error("insert n1 0 " + "x".repeat(201)));
        assertEquals("n1's text is empty: there is nothing to delete", emptyDelete());
        assertEquals("delivery is fixed once an edit has been made (reset, and config delivery=any before the first edit)",
                lab.error("config delivery=any"));
        assertEquals("a replica cannot sync to itself (FROM and TO are both n1)", lab.error("sync n1 n1"));
        assertEquals("pan", lab.value("n1.text"));
    }

    private static String emptyDelete() {
        Lab lab = Lab.create();
        lab.run("spawn 1 textcrdt");
        return lab.error("delete n1 0");
    }
}
