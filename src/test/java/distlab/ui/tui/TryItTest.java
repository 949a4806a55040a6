package distlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import distlab.engine.Session;
import distlab.lecture.TryItBlocks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 18, item 1: every Try-it block runs in a fresh session, or stops with one line at its first failure. */
class TryItTest {
    /** Runs every block of the lecture with F7, then a marker line that runs after them (lines keep their order). */
    private static List<String> runEveryBlock(VirtualTui tui, String lecture) throws Exception {
        tui.command("speed max");
        tui.command("lecture " + lecture);
        tui.awaitText("Lecture " + lecture);
        int blocks = TryItBlocks.extract(new Session(1).course().require(lecture).markdown()).size();
        for (int i = 0; i < blocks; i++) tui.key(KeyType.F7);
        tui.command("show time");
        return tui.awaitConsole(c -> c.contains("lab> show time") && c.get(c.size() - 1).startsWith("time = "));
    }

    @Test
    void lecture41sSecondBlockRunsInAFreshSession() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            List<String> console = runEveryBlock(tui, "4.1");
            assertTrue(console.contains("▶ Try it 2 of 2 (lecture 4.1), in a fresh session (seed 1)"), String.join("\n", console));
            assertEquals(2, console.stream().filter(l -> l.equals("seed 1; session reset")).count());
            assertFalse(console.stream().anyMatch(l -> l.contains("already exists") || l.startsWith("expect failed") || l.startsWith("error")),
                    String.join("\n", console));
        }
    }

    @Test
    void lecture62sBlocksEachStartFromNothing() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            List<String> console = runEveryBlock(tui, "6.2");
            assertTrue(console.contains("▶ Try it 4 of 5 (lecture 6.2), in a fresh session (seed 1)"));
            assertFalse(console.stream().anyMatch(l -> l.contains("membership is fixed") || l.startsWith("expect failed")
                    || l.startsWith("error") || l.startsWith("■")), String.join("\n", console));
            // The fourth block's own expects held: B.commit reached 5.
            assertTrue(console.contains("lab> expect B.commit == 5"));
        }
    }

    /** Issue 18, item 2: F7 pressed after lecture 4.1 was typed, while a run still goes, runs 4.1's block. */
    @Test
    void f7TakesItsPlaceAfterTheLinesTypedBeforeIt() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.command("spawn 2");
            tui.command("speed 1ms"); // the message's 5-15ms of latency take 5-15s
            tui.command("send n1 n2 slow");
            tui.command("advance 1s");
            tui.awaitScreen(s -> tui.row(47).contains("▶ running"));
            tui.command("advance 1ms"); // waits for the run, and holds back what follows
            tui.command("lecture 4.1");
            tui.key(KeyType.F7);
            tui.command("speed max");
            List<String> console = tui.awaitConsole(c -> c.stream().anyMatch(l -> l.startsWith("▶ Try it")));
            assertTrue(console.contains("▶ Try it 1 of 2 (lecture 4.1), in a fresh session (seed 1)"), String.join("\n", console));
        }
    }

    @Test
    void aBlockStopsWithOneLineAtItsFirstFailure() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.awaitText("Lecture 0.0");
            tui.command("speed 1ms"); // the second block's run takes a long while: time to stop it
            tui.key(KeyType.F7);
            tui.key(KeyType.F7);
            tui.awaitScreen(s -> tui.row(47).contains("▶ running"));
            tui.key(KeyType.Escape); // the run fails ("stopped by you"): the block stops there
            List<String> console = tui.awaitConsole(c -> c.stream().anyMatch(l -> l.startsWith("■ ")));
            assertTrue(console.contains("■ Try it 2 of 2 (lecture 0.0) stopped at run 1s until m1.status == delivered: "
                    + "the rest of the block did not run"), String.join("\n", console));
            tui.command("show time");
            console = tui.awaitConsole(c -> c.get(c.size() - 1).startsWith("time = "));
            List<String> after = console.subList(console.indexOf("▶ Try it 2 of 2 (lecture 0.0), in a fresh session (seed 1)"), console.size());
            assertFalse(after.contains("lab> expect m1.status == delivered"), "the line after the failure ran:\n" + String.join("\n", after));
        }
    }

    @Test
    void theLecturePaneSaysBlocksRunFreshAndTheOverviewAndStatusBarNameF7() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.awaitText("Lecture 0.0");
            assertTrue(tui.row(47).contains("F7/^T try it"), tui.row(47));
            tui.key(KeyType.F7);
            tui.awaitScreen(s -> s.contains("▶ Try it: F7 or Ctrl-T runs it in a fresh session (seed 1)"));
        }
        String overview = new Session(1).course().require("0.0").markdown();
        assertTrue(overview.contains("F7") && overview.contains("Ctrl-T"), "the overview should say how to run a block");
    }
}
