package distlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Presenter mode: steps in order (issue 18, item 2), back and restart, narration and layout (item 7). */
class PresenterTest {
    private static final String RAFT = "# Three servers elect a leader.\nspawn 3 raft\nrun 5s until cluster.leader != none\n"
            + "let first = cluster.leader\nexpect cluster.leaders == 1\nexpect $first.role == leader\n";

    @Test
    void entersPressedDuringARunQueueTheStepsInOrder() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48, VirtualTui.presenter("raft.lab", RAFT), false)) {
            tui.command("speed 20ms"); // the election takes seconds of wall time
            tui.key(KeyType.Enter);
            tui.awaitText("✓ spawn 3 raft");
            tui.key(KeyType.Enter);
            tui.awaitScreen(s -> tui.row(47).contains("▶ running"));
            tui.key(KeyType.Enter); // let: waits for the run
            tui.key(KeyType.Enter); // expect: waits for the let
            tui.awaitScreen(s -> s.contains("⋯ let first = cluster.leader") && s.contains("⋯ expect cluster.leaders == 1"));
            tui.command("speed max");
            tui.awaitScreen(s -> s.contains("✓ expect cluster.leaders == 1"));
            tui.key(KeyType.Enter);
            tui.awaitText("end of the script: 5 ran, 0 failed, 0 skipped");
            List<String> console = tui.awaitConsole(c -> c.contains("lab> expect $first.role == leader"));
            int run = console.indexOf("lab> run 5s until cluster.leader != none");
            int stopped = console.indexOf("stopped: cluster.leader != none holds");
            int let = console.indexOf("lab> let first = cluster.leader");
            int expect = console.indexOf("lab> expect cluster.leaders == 1");
            assertTrue(run < stopped && stopped < let && let < expect, String.join("\n", console));
            assertTrue(console.stream().noneMatch(l -> l.contains("expect failed")), String.join("\n", console));
        }
    }

    @Test
    void backRebuildsTheSessionAndEnterTwiceAtTheEndStartsAgain() throws Exception {
        String script = "spawn 2\nnet manual\nsend n1 n2 hi\ndeliver m1\nexpect n2.lamport == 2\n";
        try (VirtualTui tui = new VirtualTui(160, 48, VirtualTui.presenter("x.lab", script), false)) {
            for (int i = 0; i < 4; i++) tui.key(KeyType.Enter);
            tui.awaitText("✓ deliver m1");
            tui.type("<"); // back to the deliver: m1 is in flight again
            tui.awaitScreen(s -> s.contains("▶ deliver m1") && s.contains("◀ back to step 4 of 5: a fresh session (seed 1) rebuilt from the 3 steps before it"));
            tui.command("show m1.status");
            tui.awaitText("m1.status = inflight");
            tui.key(KeyType.Enter);
            tui.key(KeyType.Enter);
            tui.awaitText("end of the script: 5 ran, 0 failed, 0 skipped");
            tui.key(KeyType.Enter);
            tui.awaitText("(end of the script: Enter again starts it from the top; < goes back one step)");
            tui.key(KeyType.Enter);
            tui.awaitScreen(s -> s.contains("◀ back to the top of the script") && s.contains("▶ spawn 2") && tui.row(47).contains("script 1/5"));
            tui.command("show cluster.nodes");
            tui.awaitText("cluster.nodes = []");
        }
    }

    @Test
    void narrationWrapsAndANarrowScreenShowsScriptAndDiagramTogether() throws Exception {
        String narration = "# This narration is much longer than the presenter pane is wide, so it has to wrap onto "
                + "several lines, and its last words must still be on the screen: THE END.\nspawn 3\n";
        try (VirtualTui tui = new VirtualTui(100, 30, VirtualTui.presenter("long.lab", narration), false)) {
            tui.awaitScreen(s -> s.contains("THE END.") && s.contains("Presenter: step 1 of 1") && s.contains("Space-time diagram")
                    && s.contains("Cluster") && s.contains("Console"));
            tui.key(KeyType.Enter);
            tui.awaitScreen(s -> s.contains("✓ spawn 3") && s.contains("time ") && s.contains("n3"));
        }
        try (VirtualTui tui = new VirtualTui(80, 24, VirtualTui.presenter("long.lab", narration), false)) {
            tui.awaitScreen(s -> s.contains("Presenter") && s.contains("Space-time diagram"));
        }
    }

    @Test
    void skipHasAPlainKeyAndRunsNothing() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48, VirtualTui.presenter("x.lab", "spawn 2\nspawn 3\nshow cluster.nodes\n"), false)) {
            tui.key(KeyType.Enter);
            tui.awaitText("✓ spawn 2");
            tui.type(">");
            tui.awaitText("(skipped spawn 3)");
            tui.key(KeyType.Enter);
            tui.awaitText("cluster.nodes = [n1, n2]");
            assertEquals(1, tui.awaitConsole(c -> true).stream().filter(l -> l.startsWith("lab> spawn")).count());
        }
    }
}
