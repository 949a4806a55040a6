package distlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

/** Layout, help, maximise, resize and colours on Lanterna's virtual terminal. */
class TuiLayoutTest {
    @Test
    void wideTerminalShowsEveryPaneAndTheStatusBar() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.awaitScreen(s -> s.contains("Lecture 0.0") && s.contains("Cluster") && s.contains("Space-time diagram")
                    && s.contains("Console") && s.contains("no nodes yet: type spawn 3") && s.contains("lab> "));
            String status = tui.row(47);
            assertTrue(status.contains("time 0ms") && status.contains("seed 1") && status.contains("ready")
                    && status.contains("speed 100ms/s") && status.contains("F1/? help") && status.contains("F7/^T try it"), status);
            // The lecture is on the left, from the top row.
            assertTrue(tui.row(0).startsWith("┌─ Lecture 0.0"), tui.row(0));
        }
    }

    @Test
    void narrowTerminalStacksPanesAndShowsTheLectureWhenFocused() throws Exception {
        try (VirtualTui tui = new VirtualTui(80, 24)) {
            tui.awaitScreen(s -> s.contains("Space-time diagram") && !s.contains("Lecture")
                    && tui.row(0).contains("Cluster") && tui.row(23).contains("time 0ms"));
            tui.key(KeyType.Tab); // from the console to the lecture
            tui.awaitScreen(s -> s.contains("Lecture 0.0") && !s.contains("Space-time diagram"));
        }
    }

    @Test
    void resizeLaysTheScreenOutAgain() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.awaitText("Lecture 0.0");
            tui.terminal.setTerminalSize(new TerminalSize(80, 24));
            tui.awaitScreen(s -> !s.contains("Lecture") && s.contains("Space-time diagram") && tui.row(23).contains("time 0ms"));
            tui.terminal.setTerminalSize(new TerminalSize(120, 40));
            tui.awaitScreen(s -> s.contains("Lecture 0.0") && tui.row(39).contains("time 0ms"));
        }
    }

    @Test
    void f1AndQuestionMarkOpenHelpAndEscClosesIt() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.key(KeyType.F1);
            tui.awaitScreen(s -> s.contains("Keys") && s.contains("speed [DURATION|max]") && s.contains("Nodes and messages:"));
            tui.key(KeyType.Escape);
            tui.awaitScreen(x -> !x.contains("Terminal UI commands"));
            tui.type("?");
            tui.awaitText("Terminal UI commands");
            tui.key(KeyType.Escape);
            tui.awaitScreen(x -> !x.contains("Terminal UI commands"));
            // ? inside a command is just a character.
            tui.type("help ?");
            tui.awaitText("lab> help ?");
        }
    }

    @Test
    void tabCyclesTheFocusAndF2MaximisesTheFocusedPane() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.awaitText("╔═ Console");
            tui.key(KeyType.Tab);
            tui.awaitText("╔═ Lecture 0.0");
            tui.key(KeyType.Tab);
            tui.awaitText("╔═ Cluster");
            tui.key(KeyType.ReverseTab);
            tui.awaitText("╔═ Lecture 0.0");
            tui.key(KeyType.F2);
            // The lecture takes the screen; the command line stays.
            tui.awaitScreen(x -> !x.contains("Space-time diagram") && tui.row(0).startsWith("╔═ Lecture 0.0") && x.contains("lab> "));
            tui.key(KeyType.F2);
            tui.awaitText("Space-time diagram");
        }
    }

    @Test
    void pageDownScrollsTheFocusedPane() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.awaitText("What this lecture answers");
            tui.key(KeyType.Tab);
            tui.key(KeyType.PageDown);
            tui.key(KeyType.PageDown);
            // The text moved up, and a scroll mark shows on the pane's border.
            tui.awaitScreen(x -> !x.contains("What this lecture answers") && x.contains("↓"));
        }
    }

    @Test
    void noColorMeansNoColouredCell() throws Exception {
        try (VirtualTui tui = new VirtualTui(120, 40, null, true)) {
            tui.command("spawn 3");
            tui.awaitText("spawned n1 n2 n3");
            for (int y = 0; y < 40; y++) {
                for (int x = 0; x < 120; x++) {
                    var c = tui.terminal.getCharacter(x, y);
                    assertEquals(TextColor.ANSI.DEFAULT, c.getForegroundColor(), "cell " + x + "," + y);
                    assertEquals(TextColor.ANSI.DEFAULT, c.getBackgroundColor(), "cell " + x + "," + y);
                }
            }
        }
        assertTrue(Palette.forEnvironment(java.util.Map.of("NO_COLOR", "1")).monochrome());
        assertFalse(Palette.forEnvironment(java.util.Map.of("NO_COLOR", "")).monochrome());
        assertFalse(Palette.forEnvironment(java.util.Map.of()).monochrome());
    }

    @Test
    void coloursWhenAllowed() throws Exception {
        try (VirtualTui tui = new VirtualTui(120, 40)) {
            tui.command("spawn 3");
            tui.awaitText("spawned n1 n2 n3");
            boolean coloured = false;
            for (int y = 0; y < 40 && !coloured; y++) {
                for (int x = 0; x < 120; x++) {
                    if (tui.terminal.getCharacter(x, y).getForegroundColor() != TextColor.ANSI.DEFAULT) coloured = true;
                }
            }
            assertTrue(coloured);
        }
    }
}
