package distlab.engine.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The explore command end to end: what it finds, the schedules it prints, and where it leaves the session. */
class ExploreCommandTest {
    /** The schedule lines of explore's output (indented by two spaces). */
    static List<String> schedule(String output) {
        List<String> out = new ArrayList<>();
        for (String line : output.split("\n")) if (line.startsWith("  ")) out.add(line.strip());
        return out;
    }

    private static Lab raft(String bug) {
        Lab lab = Lab.create();
        lab.run("spawn 3 raft", "net manual", "config bug=" + bug);
        return lab;
    }

    @Test
    void forgetVoteGivesTwoLeadersOfOneTermAndTheScheduleReplaysIt() {
        Lab lab = raft("forgetvote");
        String out = lab.run("explore --crashes 1");
        assertTrue(out.contains("violated: cluster.safe"), out);
        assertTrue(out.contains("election safety violated"), out);
        assertTrue(out.contains("the session is back where explore started"), out);
        lab.assertValue("cluster.safe", "true");
        lab.assertValue("cluster.inflight", "0");
        List<String> steps = schedule(out);
        assertEquals(8, steps.size(), out);
        assertEquals(1, steps.stream().filter(s -> s.startsWith("crash")).count(), out);

        // Replayed in a fresh session, the printed commands reach the same violation.
        Lab replay = raft("forgetvote");
        for (String step : steps) replay.run(step);
        replay.assertValue("cluster.safe", "false");
        assertTrue(replay.value("cluster.violation").startsWith("election safety violated"), replay.value("cluster.violation"));
    }

    /** n1 leads term 1 and has put x 1 on n2 as well: committed by the paper's definition. */
    private static final String ENTRY_ON_TWO = "fire n1\ndeliver all\ndeliver all\ndeliver all\nput x 1\ndeliver all\ndeliver m10\n"
            + "expect cluster.committed == 1";

    @Test
    void gotoLeavesTheSessionInTheViolatingState() {
        Lab lab = raft("nologcheck");
        lab.run(ENTRY_ON_TWO);
        String out = lab.run("explore --goto");
        assertTrue(out.contains("the session is now in that state"), out);
        lab.assertValue("cluster.safe", "false");
        lab.assertValue("n3.role", "leader");
        // The UNSAFE notice was printed by explore, once, and is not repeated by the next command.
        assertEquals(1, out.split("UNSAFE", -1).length - 1, out);
        assertTrue(!lab.run("show n3.role").contains("UNSAFE"));
    }

    @Test
    void withoutCrashesForgetVoteIsHarmless() {
        String out = raft("forgetvote").run("explore --depth 6");
        assertTrue(out.contains("no violation (searched to depth 6"), out);
    }

    @Test
    void correctRaftWithOneCrashIsCleanToDepthSix() {
        Lab lab = raft("none");
        String out = lab.run("explore --crashes 1 --depth 6");
        assertTrue(out.contains("no violation (searched to depth 6"), out);
        lab.assertValue("cluster.inflight", "0");
    }

    /** Votes without the log check elect a leader that lacks a committed entry; with it, nothing is found. */
    @Test
    void noLogCheckElectsALeaderWithoutACommittedEntry() {
        Lab lab = raft("nologcheck");
        lab.run(ENTRY_ON_TWO);
        String out = lab.run("explore --crashes 1");
        assertTrue(out.contains("leader completeness violated"), out);
        assertEquals(List.of("fire n3", "deliver m13", "deliver m15"), schedule(out), out);
        Lab replay = raft("nologcheck");
        replay.run(ENTRY_ON_TWO);
        for (String step : schedule(out)) replay.run(step);
        replay.assertValue("cluster.safe", "false");
        // The same start with the log check: clean, deeper than the bug needed.
        Lab correct = raft("none");
        correct.run(ENTRY_ON_TWO);
        String clean = correct.run("explore --crashes 1 --depth 5");
        assertTrue(clean.contains("no violation (searched to depth 5"), clean);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void theGeneralsDisagreeForEveryNumberOfRounds(int rounds) {
        Lab lab = Lab.create();
        lab.run("spawn 2 generals", "net manual", "config rounds=" + rounds, "decide n1 attack");
        String out = lab.run("explore --loss --goal not cluster.agree");
        assertTrue(out.contains("goal reached: not cluster.agree"), out);
        for (String step : schedule(out)) lab.run(step);
        lab.assertValue("cluster.agree", "false");
    }

    @Test
    void anInvariantIsCheckedInEveryState() {
        String out = raft("none").run("explore --invariant cluster.leaders == 0");
        assertTrue(out.contains("violated: cluster.leaders == 0"), out);
        assertEquals(List.of("fire n1", "deliver m1", "deliver m3"), schedule(out), out);
    }

    @Test
    void theStatesBoundStopsTheSearchAndSaysSo() {
        String out = raft("none").run("explore --crashes 1 --states 500");
        assertTrue(out.contains("stopped early: reached 500 states (--states N raises the bound)"), out);
        assertTrue(out.contains("no violation (searched to depth"), out);
    }

    @Test
    void aSmallSpaceIsSearchedToTheEnd() {
        Lab lab = Lab.create();
        lab.run("spawn 2", "net manual", "send n1 n2 a", "send n2 n1 b");
        String out = lab.run("explore --loss");
        // Each of the two messages is in flight or gone: four states.
        assertTrue(out.contains("explored 9 states, 4 unique, depth 2"), out);
        assertTrue(out.contains("no violation (searched to depth 2, 4 states: every reachable state)"), out);
    }

    @Test
    void badCommandsGetOneClearLine() {
        Lab lab = Lab.create();
        assertTrue(lab.error("explore").contains("no nodes yet"));
        lab.run("spawn 3 raft");
        assertTrue(lab.error("explore --depth").contains("--depth needs a value"), lab.error("explore --depth"));
        assertTrue(lab.error("explore --depth x").contains("--depth must be a whole number"));
        assertTrue(lab.error("explore --wat").contains("unexpected '--wat'; usage: explore"));
        assertTrue(lab.error("explore --goal").contains("--goal needs an expression"));
        assertTrue(lab.error("explore --invariant n9.role == leader").contains("n9"), lab.error("explore --invariant n9.role == leader"));
    }

    @Test
    void fireFiresTheNodesEarliestTimer() {
        Lab lab = raft("none");
        String out = lab.run("fire n2");
        assertTrue(out.contains("timer election"), out);
        lab.assertValue("n2.role", "candidate");
        lab.run("crash n3");
        assertTrue(lab.error("fire n3").contains("n3 is down"));
    }
}
