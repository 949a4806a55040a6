package distlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end in a real terminal: the lab runs in a detached 160x48 tmux session (on a
 * private tmux server), keys go in with send-keys, and capture-pane reads the screen. It
 * launches {@code distlab.Main} from the compiled classes and the test classpath, so it runs
 * in {@code mvn test} without a packaged jar. Skipped when tmux is not installed.
 */
class TmuxEndToEndTest {
    private static final long TIMEOUT_MILLIS = 60_000;

    @TempDir
    Path dir;
    private String socket;

    @BeforeEach
    void startTmux() throws Exception {
        assumeTrue(tmuxAvailable(), "tmux is not installed");
        socket = "distlab-e2e-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        Path launcher = dir.resolve("lab.sh");
        Files.writeString(launcher, "#!/bin/sh\nexec java -cp '" + System.getProperty("java.class.path") + "' distlab.Main --home '"
                + dir + "' \"$@\"\n", StandardCharsets.UTF_8);
        tmux("new-session", "-d", "-s", "lab", "-x", "160", "-y", "48", "env -u NO_COLOR PS1='E2E$ ' TERM=xterm-256color bash --norc --noprofile");
        awaitPane(s -> s.contains("E2E$"));
    }

    @AfterEach
    void stopTmux() throws Exception {
        if (socket != null) tmux("kill-server");
    }

    @Test
    void spawnSendDeliverResizeAndQuitToACleanTerminal() throws Exception {
        keys("sh " + dir.resolve("lab.sh"), "Enter");
        awaitPane(s -> s.contains("Welcome to distlab") && s.contains("Lecture 0.0"));
        typeLine("spawn 3");
        String before = awaitPane(s -> s.contains("Cluster: plain, 3 nodes") && s.matches("(?s).*n2 +up +0 +\\[0,0,0\\].*"));
        typeLine("net manual");
        typeLine("send n1 n2 hi");
        typeLine("deliver m1");
        String after = awaitPane(s -> s.matches("(?s).*n2 +up +2 +\\[1,1,0\\].*"));
        assertTrue(!before.equals(after));
        tmux("resize-window", "-t", "lab", "-x", "80", "-y", "24");
        awaitPane(s -> !s.contains("Lecture 0.0") && s.contains("Space-time diagram") && s.matches("(?s).*n2 +up +2 +\\[1,1,0\\].*"));
        typeLine("quit");
        awaitPane(s -> s.strip().endsWith("E2E$"));
        assertTerminalSane();
    }

    @Test
    void ctrlCAsksThenLeavesACleanTerminal() throws Exception {
        keys("sh " + dir.resolve("lab.sh"), "Enter");
        awaitPane(s -> s.contains("Welcome to distlab"));
        typeLine("spawn 2");
        awaitPane(s -> s.contains("spawned n1 n2"));
        keys("C-c");
        awaitPane(s -> s.contains("Leave the lab?"));
        keys("y");
        awaitPane(s -> s.strip().endsWith("E2E$"));
        assertTerminalSane();
    }

    /** Issue 18, item 1: lecture 4.1, F7 twice: the second block starts fresh, and every expect holds. */
    @Test
    void f7RunsEachTryItBlockInAFreshSession() throws Exception {
        keys("sh " + dir.resolve("lab.sh"), "Enter");
        awaitPane(s -> s.contains("Welcome to distlab"));
        typeLine("speed max");
        typeLine("lecture 4.1");
        awaitPane(s -> s.contains("Lecture 4.1"));
        keys("F7");
        awaitPane(s -> s.contains("lab> events"));
        keys("F7");
        typeLine("show time");
        String screen = awaitPane(s -> s.contains("lab> show time") && s.contains("time = 0ms"));
        assertTrue(screen.contains("Try it: F7 or Ctrl-T runs it in a fresh session (seed 1)"), screen);
        assertTrue(!screen.contains("already exists") && !screen.contains("expect failed") && !screen.contains("error:"), screen);
        typeLine("quit");
        awaitPane(s -> s.strip().endsWith("E2E$"));
        assertTerminalSane();
    }

    /**
     * Issue 18, items 2 and 4: from a directory without demos/, the bundled Raft demo opens in
     * presenter mode, and Enter pressed twice during the election's run queues the next two
     * steps, which then run in order and hold.
     */
    @Test
    void theBundledRaftDemoPresentsFromAnyDirectoryAndStepsKeepTheirOrder() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        typeLine("cd " + elsewhere + " && ls");
        keys("sh " + dir.resolve("lab.sh") + " --tui demos/6_2_raft.lab", "Enter");
        awaitPane(s -> s.contains("Presenter: step 1 of") && s.contains("▶ seed 1"));
        for (int i = 0; i < 4; i++) keys("Enter"); // seed 1, spawn 3 raft, nodes, run 5s until a leader
        awaitPane(s -> s.contains("▶ running"));
        keys("Enter", "Enter"); // let first = ..., expect cluster.leaders == 1: both wait for the run
        String screen = awaitPane(s -> s.contains("✓ expect cluster.leaders == 1") && s.contains("ready"));
        assertTrue(screen.contains("✓ let first = cluster.leader") && !screen.contains("✗"), screen);
        keys("C-c");
        awaitPane(s -> s.contains("Leave the lab?"));
        keys("y");
        awaitPane(s -> s.strip().endsWith("E2E$"));
        assertTerminalSane();
    }

    /** Issue 18, item 3: put, show and crash act on a running cluster, during the run. */
    @Test
    void commandsTypedDuringARunActOnTheRunningCluster() throws Exception {
        keys("sh " + dir.resolve("lab.sh"), "Enter");
        awaitPane(s -> s.contains("Welcome to distlab"));
        typeLine("spawn 3 raft");
        typeLine("run");
        awaitPane(s -> s.contains("▶ running") && s.matches("(?s).*n\\d +leader.*"));
        typeLine("put x 1");
        typeLine("show op1.status");
        typeLine("crash n1");
        String screen = awaitPane(s -> s.contains("op1.status = ") && s.matches("(?s).*n1 +down.*") && s.contains("▶ running"));
        assertTrue(screen.contains("during the run") && !screen.contains("unknown op") && !screen.contains("(queued"), screen);
        keys("Escape");
        awaitPane(s -> s.contains("run stopped by you") && s.contains("ready"));
        typeLine("quit");
        awaitPane(s -> s.strip().endsWith("E2E$"));
        assertTerminalSane();
    }

    @Test
    void plainReplCompletesSpaToSpawn() throws Exception {
        keys("sh " + dir.resolve("lab.sh") + " --plain", "Enter");
        awaitPane(s -> s.contains("\nlab>"));
        keys("spa", "Tab");
        awaitPane(s -> s.contains("lab> spawn"));
        keys("3", "Enter");
        awaitPane(s -> s.contains("spawned n1 n2 n3 (plain)"));
        typeLine("quit");
        awaitPane(s -> s.strip().endsWith("E2E$"));
        assertTerminalSane();
    }

    /** The lab exited 0, and the shell's terminal is back in cooked mode with echo. */
    private void assertTerminalSane() throws Exception {
        keys("clear; echo EXIT=$?; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e echo -e -icanon -e -echo", "Enter");
        String s = awaitPane(x -> x.contains("EXIT=") && x.strip().endsWith("E2E$"));
        assertTrue(s.contains("EXIT=0"), s);
        assertTrue(s.contains("\nicanon\n") && s.contains("\necho\n"), s);
        assertTrue(!s.contains("-icanon") && !s.contains("-echo\n"), s);
    }

    private void typeLine(String line) throws Exception {
        keys(line, "Enter");
    }

    private void keys(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "lab"));
        for (String k : keys) {
            if (k.equals("Enter") || k.equals("Tab") || k.equals("Escape") || k.startsWith("C-") || k.matches("F\\d+")) {
                args.add(k);
            } else {
                args.add("-l");
                args.add(k);
                tmux(args.toArray(new String[0]));
                args = new ArrayList<>(List.of("send-keys", "-t", "lab"));
            }
        }
        if (args.size() > 3) tmux(args.toArray(new String[0]));
    }

    private String awaitPane(Predicate<String> condition) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        String screen = capture();
        while (!condition.test(screen)) {
            if (System.currentTimeMillis() > deadline) fail("timed out; the terminal shows:\n" + screen);
            Thread.sleep(100);
            screen = capture();
        }
        return screen;
    }

    private String capture() throws Exception {
        return tmux("capture-pane", "-p", "-t", "lab");
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("tmux " + String.join(" ", args) + " did not finish");
        }
        return out;
    }

    private static boolean tmuxAvailable() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
