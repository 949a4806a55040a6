package distlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.engine.Result;
import distlab.engine.Session;
import distlab.sim.SimTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 3: lines typed during a run take effect at once, at the virtual time on the
 * screen, while the run goes on; the end state is the one a script reaches by splitting the
 * run at that time.
 */
class DuringRunTest {
    @Test
    void putShowConfigAndCrashActOnTheRunningCluster() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.command("spawn 3 raft");
            tui.command("speed 50ms");
            tui.command("run 10s");
            tui.awaitScreen(s -> tui.row(47).contains("▶ running"));
            tui.command("put x 1");
            tui.command("show op1.status");
            tui.command("config");
            tui.command("crash n1");
            List<String> console = tui.awaitConsole(c -> c.stream().anyMatch(l -> l.startsWith("-  ") && l.endsWith("n1  crash")));
            String text = String.join("\n", console);
            assertTrue(console.stream().anyMatch(l -> l.startsWith("op1.status = ")), text);
            assertTrue(console.stream().noneMatch(l -> l.contains("unknown op") || l.startsWith("(queued")), text);
            assertTrue(console.stream().anyMatch(l -> l.startsWith("heartbeat=")), "config answers during the run:\n" + text);
            assertTrue(console.stream().filter(l -> l.startsWith("  (at ") && l.endsWith(", during the run)")).count() >= 4, text);
            // The run is still going, with n1 down.
            tui.awaitScreen(s -> tui.row(47).contains("▶ running") && s.matches("(?s).*n1 +down.*"));
        }
    }

    @Test
    void theEndStateIsTheScriptsThatSplitsTheRunWhereTheLineRan() throws Exception {
        List<String> setup = List.of("spawn 3 raft", "latency 5..40ms");
        List<String> console;
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            setup.forEach(tui::command);
            tui.command("speed 200ms");
            tui.command("run 3s");
            tui.awaitScreen(s -> tui.row(47).contains("▶ running") && tui.row(47).matches(".*time [1-9]\\d\\d(\\.\\d+)?ms.*"));
            tui.command("crash n2");
            tui.awaitText("n2  crash");
            tui.command("speed max");
            tui.awaitScreen(s -> tui.row(47).contains("ready"));
            tui.command("events --all");
            console = tui.awaitConsole(c -> c.contains("lab> events --all") && !c.get(c.size() - 1).equals("lab> events --all"));
        }
        String at = console.stream().filter(l -> l.startsWith("  (at ")).findFirst().orElseThrow();
        long crashAt = SimTime.parse(at.substring("  (at ".length(), at.indexOf(',')));
        Session script = new Session(1);
        setup.forEach(script::execute);
        for (String line : List.of("advance " + SimTime.format(crashAt), "crash n2", "advance " + SimTime.format(3_000_000 - crashAt))) {
            Result r = script.execute(line);
            assertTrue(!r.failed(), line + ": " + r.problem());
        }
        List<String> expected = script.execute("events --all").output().lines().toList();
        List<String> actual = console.subList(console.lastIndexOf("lab> events --all") + 1, console.size());
        assertEquals(expected, actual, () -> "console:\n" + String.join("\n", console.subList(0, console.lastIndexOf("lab> events --all"))));
    }

    @Test
    void runsAndResetsTypedDuringARunWaitForItAndKeepTheirOrder() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.command("spawn 2");
            tui.command("speed 1ms"); // the message's 5-15ms of latency take 5-15s
            tui.command("send n1 n2 hi");
            tui.command("advance 1s");
            tui.awaitScreen(s -> tui.row(47).contains("▶ running"));
            tui.command("advance 1s");
            tui.command("show time"); // behind the queued advance: waits for it
            tui.awaitText("(queued: advance 1s runs when the run ends; Esc stops the run)");
            tui.command("speed max");
            List<String> console = tui.awaitConsole(c -> c.get(c.size() - 1).startsWith("time = "));
            assertEquals("time = 2s", console.get(console.size() - 1));
        }
    }
}
