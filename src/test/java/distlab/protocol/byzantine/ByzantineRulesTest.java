package distlab.protocol.byzantine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.sim.node.NodeId;
import distlab.testing.Lab;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lecture 2.2 and Lamport, Shostak and Pease 1982, rule by rule. */
class ByzantineRulesTest {
    private static Lab run(int generals, String settings, String... traitors) {
        Lab lab = Lab.create();
        lab.run("spawn " + generals + " byzantine");
        if (!settings.isEmpty()) lab.run("config " + settings);
        for (String t : traitors) lab.run("traitor " + t);
        lab.run("order attack", "advance 1s");
        return lab;
    }

    @Test
    void omOneFailsAtThreeGeneralsWithALyingLieutenant() {
        Lab lab = run(3, "", "n3 lie");
        lab.assertValue("n2.values", "[n1=attack, n3=retreat]");
        lab.assertValue("n2.decision", "retreat");
        lab.assertValue("cluster.validity", "false");
    }

    @Test
    void omOneHoldsAtFourGeneralsWhoeverLiesAndHowever() {
        for (String strategy : List.of("lie", "split", "silent", "random")) {
            for (int traitor = 1; traitor <= 4; traitor++) {
                Lab lab = run(4, "", "n" + traitor + " " + strategy);
                assertEquals("true", lab.value("cluster.agreement"), "n" + traitor + " " + strategy);
                assertEquals("true", lab.value("cluster.validity"), "n" + traitor + " " + strategy);
                assertEquals("true", lab.value("cluster.decided"));
            }
        }
    }

    @Test
    void aLoyalCommanderWithLoyalLieutenantsIsObeyed() {
        Lab lab = run(4, "m=2");
        for (int n = 2; n <= 4; n++) lab.assertValue("n" + n + ".decision", "attack");
    }

    @Test
    void aSplittingCommanderAmongThreeLeavesEveryoneAtTheDefaultRetreat() {
        Lab lab = run(3, "", "n1 split");
        lab.assertValue("n2.decision", "retreat");
        lab.assertValue("n3.decision", "retreat");
        lab.assertValue("cluster.agreement", "true");
    }

    @Test
    void aSilentCommanderMeansRetreatByDefault() {
        Lab lab = run(4, "", "n1 silent");
        lab.assertValue("cluster.messages", "0");
        for (int n = 2; n <= 4; n++) lab.assertValue("n" + n + ".decision", "retreat");
    }

    @Test
    void omZeroIsTheCommandersOrderAsReceived() {
        Lab lab = run(3, "m=0", "n1 split");
        lab.assertValue("n2.decision", "attack");
        lab.assertValue("n3.decision", "retreat");
        lab.assertValue("cluster.agreement", "false");
        lab.assertValue("cluster.messages", "2");
    }

    @Test
    void smOneHoldsAtThreeBecauseAForgedSignatureIsRejected() {
        Lab lab = run(3, "algorithm=sm", "n3 lie");
        String events = lab.run("events n2");
        assertTrue(events.contains("reject retreat: bad signature of n1"), events);
        lab.assertValue("n2.values", "{attack}");
        lab.assertValue("n2.decision", "attack");
        lab.assertValue("cluster.validity", "true");
    }

    @Test
    void smWithASplittingCommanderGivesEveryLoyalLieutenantBothOrdersSoTheyAgree() {
        Lab lab = run(3, "algorithm=sm", "n1 split");
        lab.assertValue("n2.values", "{attack,retreat}");
        lab.assertValue("n3.values", "{attack,retreat}");
        lab.assertValue("cluster.agreement", "true");
    }

    @Test
    void omRelaysForMPlusOneRoundsAndSendsTheExpectedNumberOfMessages() {
        Lab lab = run(5, "m=2");
        // (n-1) + (n-1)(n-2) + (n-1)(n-2)(n-3) = 4 + 12 + 24.
        lab.assertValue("cluster.messages", "40");
        assertEquals(40, ByzantineModule.messageCount(5, 2));
        lab.assertValue("n2.decision", "attack");
    }

    @Test
    void signaturesVerifyOnlyForTheirSignerAndContent() {
        NodeId n1 = new NodeId(0, "n1"), n2 = new NodeId(1, "n2");
        List<Signature> chain = new ArrayList<>(List.of(Keyring.sign(n1, Order.ATTACK, List.of())));
        chain.add(Keyring.sign(n2, Order.ATTACK, chain));
        assertTrue(Keyring.verify(Order.ATTACK, chain));
        assertEquals(n1, Keyring.badSigner(Order.RETREAT, chain));
        assertEquals(n1, Keyring.badSigner(Order.ATTACK, List.of(Signature.forged(n1))));
        assertNull(Keyring.badSigner(Order.ATTACK, chain));
    }

    @Test
    void theMajorityDefaultsToRetreatOnATie() {
        assertEquals(Order.RETREAT, Order.majority(List.of(Order.ATTACK, Order.RETREAT)));
        assertEquals(Order.ATTACK, Order.majority(List.of(Order.ATTACK, Order.RETREAT, Order.ATTACK)));
        assertEquals(Order.RETREAT, Order.majority(List.of()));
    }

    @Test
    void commandsSayWhatIsWrong() {
        Lab lab = Lab.create();
        assertTrue(lab.error("order attack").contains("spawn some first (e.g. spawn 4 byzantine)"));
        lab.run("spawn 3 byzantine");
        assertTrue(lab.run("traitor n2").contains("note: OM(1) tolerates 1 traitor only among more than 3 generals"));
        assertTrue(lab.run("traitor n3 silent").contains("note: 2 traitors, but OM(1) is built for at most 1"));
        assertTrue(lab.error("traitor n3 sneaky").contains("STRATEGY must be lie, split, silent, random or loyal"));
        lab.run("traitor n3 loyal");
        lab.assertValue("cluster.traitors", "[n2]");
        lab.run("order retreat");
        assertTrue(lab.error("order attack").contains("already ordered retreat"));
        assertTrue(lab.error("traitor n3").contains("traitors are chosen before it"));
        assertTrue(lab.error("config m=2").contains("fixed once the order is out"));
        Lab big = Lab.create();
        big.run("spawn 30 byzantine", "config m=4");
        assertTrue(big.error("order attack").contains("lower m or spawn fewer generals"));
    }
}
