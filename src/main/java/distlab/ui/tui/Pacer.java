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

    /** The observer: runs after every event of the simulation it is attached to. */
    @Override
    public void run() {
        if (!animating) return;
        pace();
    }

    private void pace() {
        checkStop();
        if (paused && holdWhilePaused()) return;
        if (finished.getAsBoolean()) return;
        Optional<Long> next = sim.nextEventTime();
        if (next.isEmpty() || next.get() > windowEnd) {
            frameIfDue(sim.now());
            return;
        }
        long target = next.get();
        while (true) {
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
            engine.serveQueriesUntil(Math.min(wallTarget, lastFrame + FRAME_NANOS), () -> controlVersion != version);
            checkStop();
            if (paused && holdWhilePaused()) return;
        }
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
                engine.serveQueriesUntil(Long.MAX_VALUE, () -> controlVersion != version);
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
