package distlab.protocol.crdt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/** Every bad CRDT input gives one clear line, and changes nothing. */
class CrdtBadInputTest {
    private static Lab lab(String protocol) {
        Lab lab = Lab.create();
        lab.run("spawn 2 " + protocol);
        return lab;
    }

    @Test
    void updatesThatDoNotFitTheTypeSayWhatItTakes() {
        Lab g = lab("gcounter");
        assertEquals("dec works on a pncounter, but this session runs gcounter, which takes: inc NODE [AMOUNT]", g.error("dec n1"));
        assertEquals("set works on registers (lwwreg, mvreg), but this session runs gcounter, which takes: inc NODE [AMOUNT]",
                g.error("set n1 5"));
        assertEquals("add works on sets (lwwset, orset), but this session runs gcounter, which takes: inc NODE [AMOUNT]",
                g.error("add n1 x"));
        assertEquals("add works on sets (lwwset, orset), but this session runs lwwreg, which takes: set NODE VALUE",
                lab("lwwreg").error("add n1 x"));
        assertEquals("inc works on counters (gcounter, pncounter), but this session runs mvreg, which takes: set NODE VALUE",
                lab("mvreg").error("inc n1"));
        assertEquals("set works on registers (lwwreg, mvreg), but this session runs orset, which takes: add NODE ELEM, remove NODE ELEM",
                lab("orset").error("set n1 x"));
        assertEquals("remove works on sets (lwwset, orset), but this session runs pncounter, which takes: inc NODE [AMOUNT], dec NODE [AMOUNT]",
                lab("pncounter").error("remove n1 x"));
        assertEquals("0", g.value("cluster.events"));
    }

    @Test
    void theTypeIsCheckedBeforeTheArguments() {
        assertEquals("dec works on a pncounter, but this session runs gcounter, which takes: inc NODE [AMOUNT]",
                lab("gcounter").error("dec n9 abc"));
    }

    @Test
    void amountsMustBePositiveWholeNumbers() {
        Lab g = lab("gcounter");
        assertEquals("AMOUNT must be at least 1 (got 0)", g.error("inc n1 0"));
        assertEquals("AMOUNT must be at least 1 (got -3); a gcounter only counts up (a pncounter can also count down)",
                g.error("inc n1 -3"));
        assertEquals("AMOUNT must be a whole number, not 'abc' (e.g. inc n1 5)", g.error("inc n1 abc"));
        assertEquals("AMOUNT must be a whole number, not '1.5' (e.g. inc n1 5)", g.error("inc n1 1.5"));
        assertEquals("AMOUNT must be at most 1000000000 (got 2000000000)", g.error("inc n1 2000000000"));
        Lab pn = lab("pncounter");
        assertEquals("AMOUNT must be at least 1 (got -3); to count down, use dec n1 3", pn.error("inc n1 -3"));
        assertEquals("AMOUNT must be at least 1 (got -2); to count up, use inc n2 2", pn.error("dec n2 -2"));
        assertEquals("AMOUNT must be at least 1 (got 0)", pn.error("dec n2 0"));
        assertEquals("0", pn.value("cluster.events"));
    }

    @Test
    void aReplicaEntryCannotOverflow() {
        Lab g = lab("gcounter");
        g.run("inc n1 1000000000", "inc n1 1000000000");
        assertEquals("n1's increment count would pass 2147483647, the most one replica's entry may hold (it is 2000000000)",
                g.error("inc n1 1000000000"));
        assertEquals("2", g.value("cluster.events"));
    }

    @Test
    void unknownAndDownReplicas() {
        Lab g = lab("gcounter");
        assertEquals("unknown node 'n9' (nodes: n1 n2)", g.error("inc n9"));
        assertEquals("unknown node 'n9' (nodes: n1 n2)", g.error("sync n1 n9"));
        assertEquals("unknown node 'n9' (nodes: n1 n2)", g.error("sync n9 n1"));
        assertEquals("a replica cannot sync to itself (FROM and TO are both n1)", g.error("sync n1 n1"));
        g.run("crash n2");
        assertEquals("n2 is down (restart n2 first)", g.error("inc n2"));
        assertEquals("n2 is down (restart n2 first)", g.error("sync n2 n1"));
    }

    @Test
    void valuesAndElementsAreSingleWords() {
        Lab r = lab("lwwreg");
        assertEquals("bad value 'a b': use letters, digits, _ or - (at most 32)", r.error("set n1 \"a b\""));
        assertEquals("bad value 'a,b': use letters, digits, _ or - (at most 32)", r.error("set n1 a,b"));
        assertEquals("'none' means unset, so it cannot be a value; choose another word", r.error("set n1 none"));
        assertEquals("bad element '{x}': use letters, digits, _ or - (at most 32)", lab("orset").error("add n1 {x}"));
        assertEquals("missing VALUE; usage: set NODE VALUE", r.error("set n1"));
        assertEquals("missing ELEM; usage: add NODE ELEM", lab("lwwset").error("add n1"));
    }

    @Test
    void crdtCommandsInAnotherProtocolSayWhatToSpawn() {
        Lab lab = Lab.create();
        assertEquals("inc is a command of CRDTs (gcounter, pncounter, lwwreg, mvreg, lwwset, orset): spawn some first (e.g. spawn 3 gcounter)", lab.error("inc n1"));
        assertEquals("add is a command of CRDTs (gcounter, pncounter, lwwreg, mvreg, lwwset, orset): spawn some first (e.g. spawn 3 orset)", lab.error("add n1 x"));
        lab.run("spawn 3");
        assertEquals("dec is a command of CRDTs (gcounter, pncounter, lwwreg, mvreg, lwwset, orset); this session runs plain"
                + " (reset, then e.g. spawn 3 pncounter)", lab.error("dec n1"));
        assertEquals("set is a command of CRDTs (gcounter, pncounter, lwwreg, mvreg, lwwset, orset); this session runs plain"
                + " (reset, then e.g. spawn 3 lwwreg)", lab.error("set n1 x"));
        assertEquals("gossip is a command of CRDTs (gcounter, pncounter, lwwreg, mvreg, lwwset, orset); this session runs plain"
                + " (reset, then e.g. spawn 3 gcounter)", lab.error("gossip"));
        assertEquals("sync is a command of CRDTs (gcounter, pncounter, lwwreg, mvreg, lwwset, orset); this session runs plain"
                + " (reset, then e.g. spawn 3 gcounter)", lab.error("sync n1 n2"));
    }

    @Test
    void biasIsOnlyNodeAddOrRemove() {
        assertEquals("bias must be node, add or remove, not 'maybe'", lab("lwwset").error("config bias=maybe"));
        assertEquals("unknown setting 'bias' (settings: net latency bandwidth loss dup run runmax gossip replication delivery)", lab("orset").error("config bias=add"));
    }

    @Test
    void backgroundGossipNeedsAPeriodOfAtLeastOneMillisecond() {
        Lab lab = lab("gcounter");
        assertEquals("gossip must be a duration such as 200ms, or off (not 'often')", lab.error("config gossip=often"));
        assertEquals("gossip must be at least 1ms, or off (got 10us)", lab.error("config gossip=10us"));
    }

    @Test
    void crdtPathsOfOtherTypesAreUnknown() {
        assertEquals("unknown field 'counts' of n1 (n1 has: up lamport vc clock mono offset drift value state tags tombstones delivered holdback)",
                lab("orset").error("show n1.counts"));
    }
}
