package distlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, item 8: the screen says the same thing everywhere, cuts nothing off, and keeps the REPL's history. */
class ConsistencyTest {
    @TempDir
    Path dir;

    @Test
    void theHelpScreenWrapsInsteadOfCuttingEvenAt200Columns() throws Exception {
        try (VirtualTui tui = new VirtualTui(200, 50)) {
            tui.key(KeyType.F1);
            tui.awaitText("Keys");
            String help = tui.awaitScreen(s -> s.contains("Help: ↑↓ PgUp PgDn scroll"));
            assertFalse(help.contains("…"), help);
            // help raftlog's whole description, which the one-line list cuts, wrapped onto rows.
            String sentence = "Raft set-up: give NODE a log whose entries have these terms (entry i is put kI TERM), "
                    + "current term T (default: the last entry's term) and no vote.";
            tui.pressUntil(KeyType.PageDown, "raftlog NODE [TERM...] [--term T]", 30);
            String commands = tui.pressUntil(KeyType.ArrowDown, s -> tui.pane("Help").replaceAll("[║\\s]+", " ").contains(sentence), 20);
            assertFalse(commands.contains("…"), commands);
        }
    }

    @Test
    void theConsoleWrapsAtSpacesAndKeepsVectorsWhole() throws Exception {
        try (VirtualTui tui = new VirtualTui(80, 24)) {
            tui.command("spawn 12");
            tui.command("send n1 n12 a-message-with-a-long-payload");
            tui.command("events");
            String screen = tui.awaitScreen(s -> s.contains("[1,0,0,0,0,0,0,0,0,0,0,0]"));
            for (String row : screen.lines().toList()) {
                assertFalse(row.matches(".*[a-z0-9,]│$") && row.contains("[1,0"), "a word is cut at the pane's edge: " + row);
            }
            tui.command("lecture 4.1");
            tui.command("spawned-" + "x".repeat(20) + " and some more words to wrap at a space");
            String wrapped = tui.awaitText("unknown command");
            assertTrue(wrapped.contains("to wrap at a space") || wrapped.contains("wrap at a"), wrapped);
        }
    }

    @Test
    void thePausedRunSaysPausedInTheStatusBarAndTheConsoleTitle() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.command("spawn 3 raft");
            tui.command("speed 10ms");
            tui.command("run 5s");
            tui.awaitScreen(s -> s.contains("Console (running: Esc stops, Space pauses; what you type runs now)"));
            tui.type(" ");
            tui.awaitScreen(s -> tui.row(47).contains("⏸ paused") && s.contains("Console (paused: Space resumes")
                    && !s.contains("(running"));
            tui.key(KeyType.Escape);
            tui.awaitScreen(s -> tui.row(47).contains("ready") && s.contains("═ Console ═"));
        }
    }

    @Test
    void lectureTablesWrapAndWideFiguresScrollSideways() throws Exception {
        try (VirtualTui tui = new VirtualTui(80, 24)) {
            tui.key(KeyType.Tab); // the lecture takes the diagram's place
            tui.awaitText("Lecture 0.0");
            // The map of the lectures: its cells wrap instead of ending in "…".
            tui.pressUntil(KeyType.PageDown, "1_1_introduction.md", 60);
            String table = tui.pressUntil(KeyType.ArrowDown, "what a distributed", 10);
            assertFalse(tui.pane("Lecture 0.0").contains("…"), table);
            // A figure of lecture 7.1 is wider than the pane: Right scrolls it sideways, Left back.
            tui.command("lecture 7.1");
            String figure = tui.pressUntil(KeyType.PageDown, "total order:  (T,A,yes)", 80);
            assertFalse(figure.contains("(T,Q,yes) [late]"), figure);
            tui.key(KeyType.ArrowRight);
            tui.key(KeyType.ArrowRight);
            tui.awaitScreen(s -> s.contains(", ← scrolls back)") && s.contains("(T,Q,yes) [late]") && !s.contains("total order:"));
            tui.key(KeyType.ArrowLeft);
            tui.key(KeyType.ArrowLeft);
            tui.awaitScreen(s -> s.contains("total order:  (T,A,yes)") && !s.contains("scrolls back"));
        }
    }

    @Test
    void theHistoryOfPlainIsLoadedCtrlRFindsInItAndThisSessionIsAddedOnQuit() throws Exception {
        Path history = dir.resolve(".lab_history");
        Files.writeString(history, "1700000000000:spawn 4\n1700000000001:send n1 n2 from-plain\n1700000000002:show time\n");
        VirtualTui tui = new VirtualTui(160, 48, null, false, history);
        tui.key(KeyType.ArrowUp);
        tui.awaitText("lab> show time");
        tui.ctrl('u');
        tui.ctrl('r');
        tui.type("spa");
        tui.awaitText("(history search) 'spa': spawn 4");
        tui.key(KeyType.Enter); // runs the line found
        tui.awaitText("spawned n1 n2 n3 n4");
        tui.ctrl('r');
        tui.type("from-");
        tui.awaitText("(history search) 'from-': send n1 n2 from-plain");
        tui.key(KeyType.Escape);
        tui.command("local n1");
        tui.awaitText("lab> local n1");
        tui.command("quit");
        tui.awaitExit();
        List<String> lines = Files.readAllLines(history, StandardCharsets.UTF_8);
        // As --plain does, every line typed is kept, quit too.
        assertEquals(6, lines.size(), lines.toString());
        assertTrue(lines.get(3).matches("\\d+:spawn 4") && lines.get(4).matches("\\d+:local n1") && lines.get(5).matches("\\d+:quit"),
                lines.toString());
    }
}
