package distlab.ui.tui;

import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Slows an animated command (run, advance, step N) down to the chosen speed. It is a
 * simulation observer: after each event it waits, on the engine thread, until the wall
 * clock reaches the next event's virtual time, publishing frames meanwhile. The command
 * itself is the same one script mode runs, so the final state is the same; only wall time
 * differs. It also pauses, steps one event while paused, and stops a run (by throwing,
 * which the command turns into one line).
 *
 * <p>Lines typed during the wait run there and then, at the virtual time on the screen:
 * the clock first moves to that time (no event is due before it), so the state is what a
 * script gets by ending the run at that time, running the line, and running on to the
 * run's original end.
 */
final class Pacer implements Runnable {
    static final String STOPPED = "run stopped by you";
    /** Frames during an animation come at most this often (25 per second). */
    static final long FRAME_NANOS = 40_000_000L;
    /** Further behind than this, the pacer stops trying to catch up and starts afresh. */
    private static final long MAX_LAG_NANOS = 250_000_000L;

    private final EngineThread engine;
    private final LongConsumer publishFrame;
    private volatile long speedMicrosPerSecond;
    private volatile boolean paused;
    private volatile boolean stopRequested;
    private final AtomicInteger stepPermits = new AtomicInteger();
    private volatile long controlVersion;

    // Engine-thread state of the command being animated.
    private Simulation sim;
    private boolean animating;
    private long windowEnd;
    private BooleanSupplier finished = () -> false;
    private long wallAnchor;
    private long virtualAnchor;
    private long anchoredVersion;
    private long lastFrame;
    /** A line is running inside the wait: its own events must not be paced. */
    private boolean interjecting;
    /** The command has processed its first event (before it, its end time is not fixed yet). */
    private boolean started;

    Pacer(EngineThread engine, long speedMicrosPerSecond, LongConsumer publishFrame) {
        this.engine = engine;
        this.speedMicrosPerSecond = speedMicrosPerSecond;
        this.publishFrame = publishFrame;
    }

    // ---- controls, from any thread ----

    long speed() { return speedMicrosPerSecond; }
    boolean paused() { return paused; }

    void setSpeed(long microsPerSecond) {
        speedMicrosPerSecond = microsPerSecond;
        changed();
    }

    void setPaused(boolean value) {
        paused = value;
        changed();
    }

    /** While paused: let one more event happen. */
    void stepOne() {
        stepPermits.incrementAndGet();
        changed();
    }

    void requestStop() {
        stopRequested = true;
        changed();
    }

    private void changed() {
        controlVersion++;
        engine.wake();
    }

    // ---- the animated command, on the engine thread ----

    /**
     * Starts animating {@code sim} up to virtual time {@code end} (Long.MAX_VALUE: no end),
     * and waits for the first event; {@code done} tells when the command will stop anyway
     * (a run's until-condition holds), so the pacer does not wait for an event that will not come.
     */
    void begin(Simulation simulation, long end, BooleanSupplier done) {
        sim = simulation;
        windowEnd = end;
        finished = done;
        stopRequested = false;
        stepPermits.set(0);
        animating = true;
        started = false;
        anchor();
        lastFrame = 0;
        pace();
    }

    /** The command ended (done, stopped or failed): the next one starts unpaused. */
    void end() {
        paused = false;
        stopRequested = false;
        animating = false;
        sim = null;
        finished = () -> false;
    }

    boolean animating() { return animating; }

    /** True while a line typed during the run is running (on the engine thread). */
    boolean interjecting() { return interjecting; }

    /** The observer: runs after every event of the simulation it is attached to. */
    @Override
    public void run() {
        if (!animating || interjecting) return;
        started = true;
        pace();
    }

    private void pace() {
        checkStop();
        if (paused && holdWhilePaused()) return;
        while (true) {
            if (finished.getAsBoolean()) return;
            Optional<Long> next = sim.nextEventTime();
            if (next.isEmpty() || next.get() > windowEnd) {
                frameIfDue(sim.now());
                return;
            }
            long target = next.get();
            if (anchoredVersion != controlVersion) anchor();
            long speed = speedMicrosPerSecond;
            long nowNanos = System.nanoTime();
            long wallTarget = speed == Long.MAX_VALUE ? nowNanos : wallAnchor + wallNanos(target - virtualAnchor, speed);
            if (wallTarget < nowNanos - MAX_LAG_NANOS) {
                anchor();
                continue;
            }
            frameIfDue(displayTime(nowNanos, target));
            if (nowNanos >= wallTarget) return;
            long version = controlVersion;
            engine.serveUntil(Math.min(wallTarget, lastFrame + FRAME_NANOS), () -> controlVersion != version,
                    line -> interject(line, target));
            checkStop();
            if (paused && holdWhilePaused()) return;
        }
    }

    /**
     * Runs a line typed during the run at the virtual time on the screen (the last event's
     * time while paused). No event is due before {@code nextEvent}, so moving the clock up to
     * just before it processes nothing. Before the command's first event the clock stays:
     * the command has not started, and fixes its end time from the clock when it does.
     */
    private void interject(Runnable line, long nextEvent) {
        long at = paused || !started ? sim.now()
                : Math.min(displayTime(System.nanoTime(), nextEvent), Math.min(nextEvent - 1, windowEnd));
        if (at > sim.now()) sim.advance(at - sim.now(), () -> false);
        interjecting = true;
        try {
            line.run();
        } finally {
            interjecting = false;
        }
        publishFrame.accept(sim.now());
        lastFrame = System.nanoTime();
    }

    /** Waits while paused; true if the user asked for one event (let it happen now). */
    private boolean holdWhilePaused() {
        publishFrame.accept(sim.now());
        lastFrame = System.nanoTime();
        try {
            while (true) {
                checkStop();
                if (!paused) return false;
                if (stepPermits.get() > 0) {
                    stepPermits.decrementAndGet();
                    return true;
                }
                long version = controlVersion;
                engine.serveUntil(Long.MAX_VALUE, () -> controlVersion != version, line -> interject(line, Long.MAX_VALUE));
            }
        } finally {
            anchor();
        }
    }

    private void checkStop() {
        if (stopRequested || engine.stopped()) {
            stopRequested = false;
            throw new LabException(STOPPED + " at " + SimTime.format(sim.now()));
        }
    }

    private void anchor() {
        wallAnchor = System.nanoTime();
        virtualAnchor = sim.now();
        anchoredVersion = controlVersion;
    }

    /** The virtual clock shown while waiting for the next event: it moves smoothly toward it. */
    private long displayTime(long nowNanos, long nextEvent) {
        long speed = speedMicrosPerSecond;
        if (speed == Long.MAX_VALUE) return sim.now();
        long elapsed = (long) ((nowNanos - wallAnchor) / 1e9 * speed);
        return Math.max(sim.now(), Math.min(nextEvent, virtualAnchor + elapsed));
    }

    private void frameIfDue(long displayMicros) {
        long now = System.nanoTime();
        if (now - lastFrame < FRAME_NANOS) return;
        lastFrame = now;
        publishFrame.accept(displayMicros);
    }

    static long wallNanos(long virtualMicros, long speedMicrosPerSecond) {
        return (long) (virtualMicros * 1e9 / speedMicrosPerSecond);
    }
}
