package distlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseActionType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 7: every F-key has a plain key, Ctrl-C stops a run before it offers to
 * leave; and the one-key actions on a selected node, by keyboard and by mouse.
 */
class KeysTest {
    @Test
    void plainKeysDoWhatTheFKeysDo() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.command("spawn 2");
            tui.command("send n1 n2 hi");
            tui.type("."); // F10: one event
            tui.awaitText("recv m1 from n1 \"hi\"");
            tui.ctrl('o'); // F2: maximise the focused pane (the console)
            tui.awaitScreen(s -> !s.contains("Space-time diagram") && !s.contains("Lecture 0.0"));
            tui.ctrl('o');
            tui.awaitText("Space-time diagram");
            tui.ctrl('t'); // F7: the lecture's next Try-it block
            tui.awaitConsole(c -> c.contains("▶ Try it 1 of 2 (lecture 0.0), in a fresh session (seed 1)"));
            tui.type("?"); // F1
            tui.awaitText("Help: ↑↓ PgUp PgDn scroll, Esc closes");
            tui.key(KeyType.Escape);
            tui.type("-"); // F3
            tui.awaitScreen(s -> tui.row(47).contains("speed 50ms/s"));
        }
    }

    @Test
    void spaceRunsAndPausesAndCtrlCStopsARunBeforeItOffersToLeave() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.command("spawn 3 raft");
            tui.awaitText("spawned n1 n2 n3");
            tui.command("speed 10ms");
            tui.type(" "); // F5: run
            tui.awaitScreen(s -> tui.row(47).contains("▶ running"));
            tui.type(" ");
            tui.awaitScreen(s -> tui.row(47).contains("⏸ paused") && s.contains("Console (paused: Space resumes, . one event, Esc stops)"));
            tui.ctrl('c');
            tui.awaitScreen(s -> s.contains("run stopped by you at") && tui.row(47).contains("ready")
                    && s.contains("(Ctrl-C stopped the run; the session goes on."));
            tui.command("show cluster.nodes");
            tui.awaitText("cluster.nodes = [n1, n2, n3]");
            tui.ctrl('c');
            tui.awaitText("Leave the lab? y (or Ctrl-C again) leaves");
            tui.key(KeyType.Escape);
            tui.awaitText("(staying)");
        }
    }

    @Test
    void oneKeyActionsRunTheCommandTheyStandForAndLandInTheHistory() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.command("spawn 3 raft");
            tui.awaitText("spawned n1 n2 n3");
            tui.key(KeyType.Tab); // -> lecture
            tui.key(KeyType.Tab); // -> cluster
            tui.awaitText("j/k select  c crash  r restart");
            tui.type("c"); // nothing selected yet: the first key selects, and says so
            tui.awaitText("(n1 selected: press the key again to act on it;");
            tui.type("j");
            tui.awaitText("n2 selected");
            tui.type("c");
            tui.awaitScreen(s -> s.contains("lab> crash n2") && s.matches("(?s).*n2 +down.*"));
            tui.type("r");
            tui.awaitText("lab> restart n2");
            tui.type("t");
            tui.awaitText("lab> timeout n2");
            tui.type("x");
            tui.awaitText("lab> partition n2");
            tui.type("h");
            tui.awaitText("lab> heal");
            tui.type("p");
            tui.awaitText("lab> put x 1");
            tui.type("s"); // no action: starts a command in the console
            tui.awaitScreen(s -> s.contains("lab> s") && s.contains("╔═ Console"));
            tui.ctrl('u');
            tui.key(KeyType.ArrowUp);
            tui.awaitText("lab> put x 1");
            tui.key(KeyType.ArrowUp);
            tui.awaitText("lab> heal");
        }
    }

    @Test
    void aClickSelectsANodeAndFocusesItsPaneAndTheWheelScrolls() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.command("spawn 3");
            tui.awaitText("spawned n1 n2 n3");
            String cluster = tui.awaitScreen(s -> s.contains("Cluster: plain, 3 nodes"));
            List<String> rows = cluster.lines().toList();
            int y = 0;
            while (!rows.get(y).contains("│n3 ")) y++;
            tui.mouse(MouseActionType.CLICK_DOWN, 70, y);
            tui.awaitScreen(s -> s.contains("Cluster: plain, 3 nodes, n3 selected") && s.contains("╔═ Cluster"));
            tui.mouse(MouseActionType.SCROLL_DOWN, 20, 10); // over the lecture
            tui.awaitScreen(s -> s.contains("↓3"));
            tui.mouse(MouseActionType.CLICK_DOWN, 100, 44); // the console
            tui.awaitText("╔═ Console");
        }
    }
}
