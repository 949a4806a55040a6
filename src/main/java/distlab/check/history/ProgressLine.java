package distlab.check.history;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * One line on stderr, redrawn twice a second while a file is checked: the file, its operations
 * and the search steps so far. Erased when the file is done, so verdicts print cleanly. Runs on a
 * daemon thread of its own; counts its ticks rather than reading a clock.
 */
final class ProgressLine implements AutoCloseable {
    private static final long TICK_MILLIS = 500;

    private final PrintStream err;
    private final String label;
    private final LongAdder steps = new LongAdder();
    private final Thread thread;
    private volatile boolean done;
    private int width;

    private ProgressLine(PrintStream err, String label) {
        this.err = err;
        this.label = label;
        this.thread = new Thread(this::redraw, "check-history-progress");
        this.thread.setDaemon(true);
    }

    /** Starts redrawing; a no-op line when {@code show} is false. */
    static ProgressLine start(boolean show, PrintStream err, String label) {
        ProgressLine line = new ProgressLine(err, label);
        if (show) {
            line.thread.start();
        }
        return line;
    }

    void addSteps(long count) {
        steps.add(count);
    }

    private void redraw() {
        int ticks = 0;
        while (!done) {
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            ticks++;
            synchronized (this) {
                if (done) {
                    return;
                }
                String text = String.format(Locale.ROOT, "%s: %,d search steps, %d s", label, steps.sum(),
                        ticks * TICK_MILLIS / 1000);
                err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
                err.flush();
                width = text.length();
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            done = true;
            if (width > 0) {
                err.print("\r" + " ".repeat(width) + "\r");
                err.flush();
            }
        }
        thread.interrupt();
    }
}
