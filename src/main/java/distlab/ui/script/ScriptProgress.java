package distlab.ui.script;

import distlab.sim.RunMonitor;
import distlab.sim.SimTime;
import distlab.ui.Tty;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of long commands in script mode, on stderr when it is a terminal: a command that
 * has run for over a second of wall time shows one line, redrawn a few times a second and
 * cleared when the command ends, so it never mixes with the output. The simulation calls it
 * every few thousand events; the wall clock is read here, in the front end, never below.
 */
public final class ScriptProgress implements RunMonitor {
    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 250_000_000L;

    /** Shows nothing (stderr is not a terminal, or a test). */
    public static final ScriptProgress OFF = new ScriptProgress(null);

    private final PrintStream err;
    private long started;
    private long lastShown;
    private boolean showing;

    private ScriptProgress(PrintStream err) {
        this.err = err;
    }

    /** Progress on {@code err} if stderr is a terminal, else none. */
    public static ScriptProgress onStderr(PrintStream err) {
        return Tty.isTerminal(Tty.STDERR) ? new ScriptProgress(err) : OFF;
    }

    void commandStarted() {
        started = System.nanoTime();
        lastShown = started;
    }

    void commandEnded() {
        if (showing) {
            err.print("\r\033[K");
            err.flush();
            showing = false;
        }
    }

    @Override
    public String checkpoint(long nowMicros, long endMicros, int events) {
        if (err == null) return null;
        long t = System.nanoTime();
        if (t - started < QUIET_NANOS || t - lastShown < REDRAW_NANOS) return null;
        lastShown = t;
        showing = true;
        err.print("\r" + line(nowMicros, endMicros, events, t - started) + "\033[K");
        err.flush();
        return null;
    }

    /**
     * {@code running: 12.5s of 3600s virtual time, 1,234,567 events}, or for a search
     * {@code exploring: 1,234,567 states, 21,000 states/s} (the rate needs the wall clock, so it
     * is shown here, never in a command's output).
     */
    static String line(long nowMicros, long endMicros, int events, long elapsedNanos) {
        if (endMicros == RunMonitor.SEARCH) {
            long perSecond = elapsedNanos <= 0 ? 0 : events * 1_000_000_000L / elapsedNanos;
            return String.format(Locale.ROOT, "exploring: %,d states, %,d states/s", events, perSecond);
        }
        String of = endMicros == Long.MAX_VALUE ? "" : " of " + SimTime.format(endMicros);
        return String.format(Locale.ROOT, "running: %s%s virtual time, %,d events", SimTime.format(nowMicros), of, events);
    }
}
