package distlab.ui.tui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the TUI's CPU use (thread CPU time of its GUI, input and engine threads) on a
 * virtual terminal: idle, paused in the middle of a run, and animating a run; and counts
 * the frames drawn per second while animating. Not a test (no thresholds): run it by hand,
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) distlab.ui.tui.IdleCpuProbe
 * </pre>
 */
public final class IdleCpuProbe {
    private static final long WINDOW_MILLIS = 5_000;

    public static void main(String[] args) throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.command("spawn 9");
            tui.command("latency 20..200ms");
            for (int i = 1; i <= 9; i++) tui.command("send n" + i + " n" + (i % 9 + 1) + " x");
            tui.awaitText("lab> send n9 n1 x");
            report("idle (nothing running)", measure(tui));
            tui.command("speed 20ms");
            tui.command("run 10s");
            tui.awaitScreen(s -> tui.row(47).contains("▶ running"));
            int before = tui.app.framesDrawn();
            report("animating a run at 20ms/s", measure(tui));
            System.out.printf(Locale.ROOT, "  frames drawn while animating: %.1f per second%n",
                    (tui.app.framesDrawn() - before) * 1000.0 / WINDOW_MILLIS);
            tui.type(" ");
            tui.awaitScreen(s -> tui.row(47).contains("⏸ paused"));
            Thread.sleep(200);
            report("paused in the middle of a run", measure(tui));
            tui.key(com.googlecode.lanterna.input.KeyType.Escape);
            tui.awaitText("run stopped by you");
        }
    }

    /** CPU nanoseconds per thread over the window. */
    private static Map<String, Long> measure(VirtualTui tui) throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> start = cpu(mx);
        Thread.sleep(WINDOW_MILLIS);
        Map<String, Long> end = cpu(mx);
        Map<String, Long> used = new TreeMap<>();
        end.forEach((name, t) -> used.put(name, t - start.getOrDefault(name, 0L)));
        return used;
    }

    private static Map<String, Long> cpu(ThreadMXBean mx) {
        Map<String, Long> out = new TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName();
            if (name.equals("distlab-engine") || name.equals("distlab-input") || name.equals("test-gui")) {
                out.merge(name, mx.getThreadCpuTime(t.getId()), Long::sum);
            }
        }
        return out;
    }

    private static void report(String what, Map<String, Long> used) {
        long total = used.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "%s: %.2f ms CPU in %d s (%.3f%% of one core)%n", what, total / 1e6, WINDOW_MILLIS / 1000,
                100.0 * total / (WINDOW_MILLIS * 1e6));
        used.forEach((name, t) -> System.out.printf(Locale.ROOT, "  %-16s %.2f ms%n", name, t / 1e6));
    }
}
