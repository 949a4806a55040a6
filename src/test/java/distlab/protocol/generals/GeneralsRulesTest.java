package distlab.protocol.generals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/** Lecture 2.1 as a protocol: messengers, acknowledgements, commitment and dawn. */
class GeneralsRulesTest {
    private static Lab manual(String settings) {
        Lab lab = Lab.create();
        lab.run("spawn 2 generals", "net manual");
        if (!settings.isEmpty()) lab.run("config " + settings);
        return lab;
    }

    @Test
    void whenEveryMessengerGetsThroughBothAttackAtDawn() {
        Lab lab = Lab.create();
        lab.run("spawn 2 generals", "config rounds=4", "decide n1 attack", "run 2s");
        lab.assertValue("n1.decision", "attack");
        lab.assertValue("n2.decision", "attack");
        lab.assertValue("cluster.agree", "true");
        lab.assertValue("n1.received", "4");
        lab.assertValue("n2.received", "3");
    }

    @Test
    void theSenderOfTheLastMessengerCommitsWithoutKnowingItArrived() {
        Lab lab = manual("rounds=3");
        lab.run("decide n1 attack", "deliver m1", "deliver m2");
        lab.assertValue("n1.decision", "attack");
        lab.assertValue("n2.decision", "undecided");
        lab.run("drop m3", "advance 1s");
        lab.assertValue("n2.decision", "retreat");
        lab.assertValue("cluster.agree", "false");
    }

    @Test
    void aGeneralCommitsOnlyOnceItHasItsLastMessenger() {
        Lab lab = manual("rounds=4");
        lab.run("decide n1 attack", "deliver m1", "deliver m2");
        lab.assertValue("n1.decision", "undecided");
        lab.assertValue("n2.decision", "undecided");
        lab.run("deliver m3");
        lab.assertValue("n2.decision", "attack");
    }

    @Test
    void withOneMessengerGeneralOneCommitsAsItSendsIt() {
        Lab lab = manual("rounds=1");
        lab.run("decide n1 attack");
        lab.assertValue("n1.decision", "attack");
        lab.run("drop m1", "advance 1s");
        lab.assertValue("cluster.agree", "false");
    }

    @Test
    void aGeneralWhoHearsNothingRetreatsAtDawnSoNobodyAttacksUnlessGeneralOneChose() {
        Lab lab = Lab.create();
        lab.run("spawn 2 generals", "advance 1s");
        lab.assertValue("n1.decision", "retreat");
        lab.assertValue("n2.decision", "retreat");
        lab.assertValue("cluster.valid", "true");
        Lab retreat = Lab.create();
        retreat.run("spawn 2 generals", "decide n1 retreat", "advance 1s");
        retreat.assertValue("n2.plan", "retreat");
        retreat.assertValue("n2.decision", "retreat");
        retreat.assertValue("cluster.agree", "true");
    }

    @Test
    void withResendALostMessengerIsSentAgainButTheLastOneStillDecides() {
        Lab lab = manual("rounds=2 resend=100ms");
        lab.run("decide n1 attack", "drop m1", "advance 100ms");
        lab.assertValue("m2.payload", "#1 attack at dawn (1s)");
        lab.run("deliver m2");
        lab.assertValue("n2.decision", "attack");
        // Messenger #2 is lost; n1 resends #1, and n2 answers the repeat with #2 again.
        lab.run("drop m3", "advance 100ms", "deliver m4");
        lab.assertValue("m5.payload", "#2 ack of #1");
        lab.run("deliver m5", "advance 1s");
        lab.assertValue("cluster.agree", "true");
        lab.assertValue("n1.decision", "attack");
    }

    @Test
    void aMessengerArrivingAfterDawnChangesNothing() {
        Lab lab = manual("rounds=1");
        lab.run("decide n1 attack", "advance 1s", "deliver m1");
        lab.assertValue("n2.decision", "retreat");
        lab.assertValue("n2.received", "0");
    }

    @Test
    void commandsAndSettingsSayWhatIsWrong() {
        Lab lab = Lab.create();
        assertTrue(lab.error("spawn 3 generals").contains("two generals: spawn 2 generals"));
        lab.run("spawn 2 generals");
        assertTrue(lab.error("decide n2 attack").contains("only general 1 (n1) chooses the plan"));
        assertTrue(lab.error("decide n1 charge").contains("PLAN must be attack or retreat"));
        lab.run("decide n1 attack");
        assertTrue(lab.error("decide n1 retreat").contains("already chosen to attack"));
        assertTrue(lab.error("config rounds=3").contains("rounds is fixed once messengers are on their way"));
        lab.run("advance 500ms");
        assertTrue(lab.error("config dawn=400ms").contains("has passed"));
        lab.run("config dawn=2s", "advance 1s");
        lab.assertValue("n1.decision", "attack");
        lab.assertValue("n1.received", "2");
        lab.run("advance 1s");
        assertTrue(lab.error("config dawn=5s").contains("dawn has already come"));
        assertTrue(lab.error("decide n1 attack").contains("already chosen"));
    }
}
