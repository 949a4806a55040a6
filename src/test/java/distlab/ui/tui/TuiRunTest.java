package distlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import distlab.engine.Result;
import distlab.engine.Session;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An animated run, paused, stepped and resumed, ends in exactly the state and prints exactly
 * the output that script mode gives for the same commands.
 */
class TuiRunTest {
    private static final List<String> SETUP = List.of("spawn 4", "latency 5..40ms", "send n1 n2 a", "send n2 n3 b",
            "send n3 n4 c", "send n4 n1 d", "send n1 n3 e", "send n2 n4 f", "send n3 n1 g");
    private static final String RUN = "run 2s until n1.lamport >= 4";
    private static final List<String> AFTER = List.of("nodes", "messages", "show time", "events --all");

    @Test
    void anAnimatedRunEndsAsInScriptMode() throws Exception {
        List<String> tuiLines;
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            SETUP.forEach(tui::command);
            tui.awaitText("lab> send n3 n1 g");
            tui.command("speed 2ms"); // 2ms of virtual time per second: events seconds apart
            tui.command(RUN);
            tui.awaitScreen(s -> tui.row(47).contains("▶ running"));
            tui.type(" "); // pause
            tui.awaitScreen(s -> tui.row(47).contains("⏸ paused"));
            tui.key(KeyType.F10); // one event, still paused
            tui.key(KeyType.F10);
            tui.command("show n1.lamport"); // read-only commands answer during the run
            tui.awaitText("n1.lamport = ");
            tui.command("speed max");
            tui.type(" "); // resume: at speed max the rest goes at once
            tui.awaitScreen(s -> s.contains("stopped: n1.lamport >= 4 holds") && tui.row(47).contains("ready"));
            AFTER.forEach(tui::command);
            // events --all prints a header line and one line per event after its echo.
            tuiLines = tui.awaitConsole(lines -> lines.size() > 2 && lines.get(lines.size() - 2).startsWith("e11 "));
        }
        // What was typed during the run printed while the run went on; the run's output follows it.
        tuiLines = tuiLines.stream().filter(l -> !l.equals("lab> show n1.lamport") && !l.startsWith("n1.lamport = ")
                && !l.startsWith("  (at ") && !l.startsWith("lab> speed") && !l.startsWith("speed ")).toList();
        Session script = new Session(1);
        for (String line : SETUP) script.execute(line);
        assertEquals(outputOf(script, RUN), outputIn(tuiLines, RUN));
        for (String line : AFTER) assertEquals(outputOf(script, line), outputIn(tuiLines, line), line);
    }

    @Test
    void escStopsAPausedRunAndTheNextRunIsNotPaused() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            SETUP.forEach(tui::command);
            tui.command("speed 1ms");
            tui.command("run 1s");
            tui.awaitScreen(s -> tui.row(47).contains("▶ running"));
            tui.key(KeyType.F5);
            tui.awaitScreen(s -> tui.row(47).contains("⏸ paused"));
            tui.key(KeyType.Escape);
            tui.awaitScreen(s -> s.contains("run stopped by you at 0ms") && tui.row(47).contains("ready"));
            tui.command("speed max");
            tui.command("run 1s");
            tui.awaitScreen(s -> s.contains("time 1s") && tui.row(47).contains("ready") && !tui.row(47).contains("paused"));
        }
    }

    private static List<String> outputOf(Session session, String line) {
        Result r = session.execute(line);
        assertTrue(!r.failed(), r.problem());
        return r.output().lines().toList();
    }

    /** The console lines after "lab> LINE", up to the next command line. */
    private static List<String> outputIn(List<String> console, String line) {
        int at = console.lastIndexOf(FrameRenderer.PROMPT + line);
        assertTrue(at >= 0, "no " + line + " in " + console);
        List<String> out = new ArrayList<>();
        for (int i = at + 1; i < console.size() && !console.get(i).startsWith(FrameRenderer.PROMPT); i++) {
            out.add(console.get(i));
        }
        return out;
    }
}
