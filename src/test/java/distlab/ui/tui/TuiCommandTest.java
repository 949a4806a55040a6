package distlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import distlab.ui.script.ScriptSource;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Typing commands, completion, Try-it blocks and presenter mode on the virtual terminal. */
class TuiCommandTest {
    @Test
    void aDeliveredMessageChangesTheReceiversVectorClockInTheClusterPane() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.command("spawn 3");
            tui.awaitScreen(s -> s.contains("Cluster: plain, 3 nodes") && s.contains("n3    up"));
            tui.command("net manual");
            tui.command("send n1 n2 hi");
            tui.awaitText("m1 in flight until delivered by hand");
            tui.command("deliver m1");
            tui.awaitScreen(s -> clusterRow(tui, "n2").contains("[1,1,0]"));
            assertTrue(clusterRow(tui, "n1").contains("[1,0,0]"));
            // The diagram shows the message arriving, and the console the receive event.
            tui.awaitScreen(s -> s.contains("├────m1────▶●") && s.contains("e2  0ms  n2  recv m1 from n1 \"hi\""));
        }
    }

    /** The row of the cluster pane (top right at 160x48) that starts with this node. */
    private static String clusterRow(VirtualTui tui, String node) {
        for (String row : tui.region(64, 0, 160, 12)) {
            if (row.startsWith("│" + node + " ")) return row;
        }
        return "";
    }

    @Test
    void errorsAreOneLineAndTheSessionGoesOn() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.command("send n1 n9");
            tui.awaitText("error: unknown node 'n1' (no nodes yet: spawn 3)");
            tui.command("spwan 3");
            tui.awaitText("error: unknown command 'spwan' (did you mean spawn?)");
            tui.command("spawn 2");
            tui.awaitText("spawned n1 n2 (plain)");
        }
    }

    @Test
    void tabCompletesCommandsNodesAndPaths() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.type("spa");
            tui.key(KeyType.Tab);
            tui.awaitText("lab> spawn ");
            tui.type("3");
            tui.key(KeyType.Enter);
            tui.awaitText("spawned n1 n2 n3");
            tui.type("send n");
            tui.key(KeyType.Tab);
            // Several candidates: they are listed in the console.
            tui.awaitText("  n1  n2  n3");
            tui.type("2 n");
            tui.key(KeyType.Tab);
            tui.awaitText("  n1  n2  n3");
            tui.ctrl('u');
            tui.type("show n1.v");
            tui.key(KeyType.Tab);
            tui.awaitText("lab> show n1.vc ");
            tui.key(KeyType.Enter);
            tui.awaitText("n1.vc = [0,0,0]");
        }
    }

    @Test
    void historyWalksBackWithUpAndForwardWithDown() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.command("spawn 2");
            tui.command("show time");
            tui.awaitText("time = 0ms");
            tui.key(KeyType.ArrowUp);
            tui.awaitText("lab> show time");
            tui.key(KeyType.ArrowUp);
            tui.awaitText("lab> spawn 2 ");
            tui.key(KeyType.ArrowDown);
            tui.key(KeyType.ArrowDown);
            tui.awaitScreen(s -> s.contains("lab>                    "));
        }
    }

    @Test
    void speedIsTheTuisOwnCommand() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.command("speed 250ms");
            tui.awaitScreen(s -> s.contains("speed 250ms/s of virtual time per second") && tui.row(47).contains("speed 250ms/s"));
            tui.command("speed max");
            tui.awaitScreen(s -> tui.row(47).contains("speed max"));
            tui.command("help speed");
            tui.awaitText("usage: speed [DURATION|max]");
            tui.command("speed fast");
            tui.awaitText("error: speed takes a duration");
            tui.type("+"); // empty line: + and - change the speed
            tui.command("speed 100ms");
            tui.type("+");
            tui.awaitScreen(s -> tui.row(47).contains("speed 200ms/s"));
        }
    }

    @Test
    void f7RunsTheOpenLecturesTryItBlocks() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.awaitText("Lecture 0.0");
            tui.key(KeyType.F7);
            // The lecture scrolls to the block; its lines run as if typed.
            tui.awaitScreen(s -> tui.row(3).contains("▶ Try it: F7 or Ctrl-T runs it in a fresh session (seed 1)") && s.contains("Cluster: plain, 2 nodes"));
            List<String> lines = tui.awaitConsole(c -> c.contains("lab> deliver m1") && c.contains("lab> diagram"));
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("▶ Try it 1 of")), lines.toString());
            assertTrue(lines.stream().noneMatch(l -> l.startsWith("error") || l.startsWith("expect failed")), lines.toString());
        }
    }

    @Test
    void lectureOpensInTheLecturePaneNotTheConsole() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.type("lecture 4.");
            tui.key(KeyType.Tab);
            tui.awaitText("lab> lecture 4.");
            tui.ctrl('u');
            tui.command("lecture 4.1");
            tui.awaitScreen(s -> tui.row(0).startsWith("┌─ Lecture 4.1") && s.contains("lecture 4.1 ") && s.contains("Try it block"));
            tui.command("next");
            tui.awaitScreen(s -> tui.row(0).startsWith("┌─ Lecture 4.2"));
        }
    }

    @Test
    void presenterModeShowsNarrationAndRunsOneCommandPerKey() throws Exception {
        String script = "# Two nodes to begin.\nspawn 2\n\n# One message, by hand.\nnet manual\nsend n1 n2 hi\n"
                + "expect n1.lamport == 5\nshow n2.vc\n";
        Presenter p = Presenter.load(List.of(new ScriptSource("x.lab", new BufferedReader(new StringReader(script)))));
        assertEquals(5, p.size());
        try (VirtualTui tui = new VirtualTui(160, 48, p, false)) {
            tui.awaitScreen(s -> s.contains("Presenter") && s.contains("Two nodes to begin.") && s.contains("▶ spawn 2")
                    && tui.row(47).contains("script 1/5"));
            tui.key(KeyType.Enter);
            tui.awaitScreen(s -> s.contains("spawned n1 n2") && s.contains("✓ spawn 2") && s.contains("▶ net manual"));
            tui.type(" ");
            tui.awaitText("▶ send n1 n2 hi");
            tui.key(KeyType.F8); // skip the send
            tui.awaitText("(skipped send n1 n2 hi)");
            tui.key(KeyType.Enter); // the expect fails: one line, and the presenter goes on
            tui.awaitScreen(s -> s.contains("x.lab:7: expect failed: n1.lamport == 5 (actual: 0)") && s.contains("✗ expect"));
            tui.key(KeyType.Enter);
            tui.awaitScreen(s -> s.contains("n2.vc = [0,0]") && s.contains("end of the script: 3 ran, 1 failed, 1 skipped"));
        }
    }

    @Test
    void quitLeavesAndCtrlCAsksFirst() throws Exception {
        VirtualTui tui = new VirtualTui(100, 30);
        tui.command("quit");
        tui.awaitExit();
        VirtualTui other = new VirtualTui(100, 30);
        other.ctrl('c');
        other.awaitScreen(s -> other.row(29).contains("Leave the lab? y (or Ctrl-C again) leaves"));
        other.type("n");
        other.awaitScreen(s -> s.contains("(staying)") && other.row(29).contains("ready"));
        other.ctrl('c');
        other.awaitText("Leave the lab?");
        other.type("y");
        other.awaitExit();
    }
}
