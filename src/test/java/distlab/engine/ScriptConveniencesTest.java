package distlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/** The script conveniences (docs/language.md) and the small things a new user runs into. */
class ScriptConveniencesTest {
    @Test
    void failsShowsTheRefusalAndPasses() {
        Lab lab = Lab.create();
        lab.run("spawn 2 gcounter");
        String out = lab.run("fails inc n1 -1");
        assertTrue(out.startsWith("error: AMOUNT must be at least 1 (got -1)"), out);
        assertTrue(out.endsWith("ok\n"), out);
        assertEquals("fails inc n1 (it succeeded)", lab.expectationFailure("fails inc n1"));
        assertTrue(lab.run("fails expect n1.value == 99").endsWith("ok\n"), "a failed expectation is a refusal too");
    }

    @Test
    void allOverNothingIsANoteNotAFailure() {
        Lab lab = Lab.create();
        lab.run("spawn 2", "net manual");
        assertEquals("nothing in flight\n", lab.run("deliver all"));
        assertEquals("nothing in flight\n", lab.run("drop all"));
        assertEquals("no node is down\n", lab.run("restart all"));
    }

    @Test
    void namingAClientCreatesItAndPlacesIt() {
        Lab lab = Lab.create();
        lab.run("spawn 3 quorum");
        String out = lab.run("partition n1 c1 | n2 n3");
        assertEquals("client c1 created\npartition n1 c1 | n2 n3\n", out);
        lab.run("put x 1");
        lab.run("run 2s until op1.status != pending");
        lab.assertValue("op1.status", "failed");
        lab.assertValue("n2.kv.x", "none");
    }

    @Test
    void aClientCreatedDuringAPartitionIsToldWhereItLands() {
        Lab lab = Lab.create();
        lab.run("spawn 3 quorum", "partition n1 | n2 n3");
        String out = lab.run("put x 1 --client c2");
        assertTrue(out.contains("note: c2 is new and named in no partition group"), out);
    }

    @Test
    void showListsTheFieldsOfAnOpAnEventAndAMessage() {
        Lab lab = Lab.create();
        lab.run("spawn 3 quorum", "put x 1");
        String op = lab.run("show op1");
        assertTrue(op.startsWith("op1.status = pending\nop1.value = none\nop1.client = c1\nop1.kind = put\nop1.key = x\n"), op);
        assertTrue(op.contains("op1.invoked = 0ms\nop1.completed = none\n"), op);
        assertTrue(lab.run("show e1").startsWith("e1.node = c1\ne1.kind = send\n"));
        assertTrue(lab.run("show m1").startsWith("m1.status = inflight\nm1.from = c1\nm1.to = n1\n"));
    }

    @Test
    void vectorsCompareAsVectors() {
        Lab lab = Lab.create();
        lab.run("spawn 2", "local n1");
        lab.run("expect n1.vc == [1]", "expect n1.vc == [1,0,0]", "expect [1] == [1,0]", "expect n2.vc != [1]");
    }

    @Test
    void aFailedExpectListsPathsNotBareIds() {
        Lab lab = Lab.create();
        lab.run("spawn 3 raft", "run 5s until cluster.leader != none");
        String leader = lab.value("cluster.leader");
        String failure = lab.expectationFailure("expect cluster.leader != " + leader);
        assertEquals("cluster.leader != " + leader + " (actual: " + leader + ")", failure);
    }

    @Test
    void configEchoesTheNewValue() {
        Lab lab = Lab.create();
        lab.run("spawn 3 lwwset");
        assertEquals("bias=add\n", lab.run("config bias=add"));
        assertTrue(lab.run("config").contains("bias=add "));
        assertTrue(lab.run("config").contains("gossip=off "), "config lists the CRDT settings");
    }

    @Test
    void configIsAllOrNothing() {
        Lab lab = Lab.create();
        lab.run("spawn 3 quorum");
        assertTrue(lab.error("config loss=10 r=7").startsWith("r=7 is outside 1..3"));
        assertEquals("loss 0%\n", lab.run("loss"), "the loss change was put back");
    }

    @Test
    void casFromNoneIsRefused() {
        Lab lab = Lab.create();
        lab.run("spawn 3 raft");
        assertTrue(lab.error("cas x none 1").startsWith("cas from none never succeeds"));
    }

    @Test
    void aMisspeltCommandSuggestsTheClosestFirst() {
        assertTrue(Lab.create().error("hlep").startsWith("unknown command 'hlep' (did you mean help or"));
    }

    @Test
    void optionsAreCheckedByTheirDeclaration() {
        Lab lab = Lab.create();
        lab.run("spawn 3 quorum");
        assertEquals("unknown option '--clint' (options: --client); usage: put KEY VALUE [--client C]", lab.error("put x 1 --clint c2"));
        assertEquals("option --client needs a value (C); usage: put KEY VALUE [--client C]", lab.error("put x 1 --client"));
    }

    @Test
    void helpHasTopicsForProtocolsPathsAndSettings() {
        Lab lab = Lab.create();
        assertTrue(lab.run("help protocols").contains("  raft       Raft consensus"));
        lab.run("spawn 3 raft");
        String paths = lab.run("help paths");
        assertTrue(paths.contains("NODE.role") && paths.contains("cluster.safe") && !paths.contains("NODE.keys"), paths);
        String settings = lab.run("help settings");
        assertTrue(settings.contains("bug=none") && settings.contains("loss=0%"), settings);
        assertFalse(lab.run("help").contains("…"), "help lines are not cut");
    }
}
