package distlab.ui.tui;

import java.util.ArrayDeque;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The one thread that touches the session (ARCHITECTURE, determinism rules). Two queues:
 * <ul>
 * <li>lines of the command language, run strictly in the order they were submitted;</li>
 * <li>queries (completion, snapshots), which jump ahead of waiting lines and change nothing.</li>
 * </ul>
 * While an animated command waits between events the pacer calls {@link #serveUntil}: it
 * runs queries, and lines from the head of the queue that may run during a run; a line
 * that may not (another run, a script's next step) holds back every line behind it, so
 * lines never overtake one another. Waits block: no polling.
 */
final class EngineThread {
    /** A line to run; {@code duringRun}: it may run between the events of an animated command. */
    private record Line(boolean duringRun, Runnable task) {}

    private final Object lock = new Object();
    private final ArrayDeque<Line> lines = new ArrayDeque<>();
    private final ArrayDeque<Runnable> queries = new ArrayDeque<>();
    private final Consumer<Throwable> onError;
    private final Thread thread;
    private boolean stopped;

    EngineThread(Consumer<Throwable> onError) {
        this.onError = onError;
        this.thread = new Thread(this::loop, "distlab-engine");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Runs after every line submitted before it. */
    void submitLine(boolean duringRun, Runnable task) {
        synchronized (lock) {
            lines.add(new Line(duringRun, task));
            lock.notifyAll();
        }
    }

    /** Runs before waiting lines, and while an animated command waits. Read-only tasks only. */
    void submitQuery(Runnable task) {
        synchronized (lock) {
            queries.add(task);
            lock.notifyAll();
        }
    }

    /** Wakes a waiting pacer to look at its controls again. */
    void wake() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    void stop() {
        synchronized (lock) {
            stopped = true;
            lock.notifyAll();
        }
    }

    boolean stopped() {
        synchronized (lock) {
            return stopped;
        }
    }

    private void loop() {
        while (true) {
            Runnable task;
            synchronized (lock) {
                while (!stopped && lines.isEmpty() && queries.isEmpty()) waitQuietly(0);
                if (stopped) return;
                task = !queries.isEmpty() ? queries.poll() : lines.poll().task();
            }
            runSafely(task);
        }
    }

    /**
     * Called on the engine thread by the pacer while an animated command waits: runs queries
     * as they arrive, and hands the head line to {@code interject} if it may run during a
     * run, until {@code deadlineNanos} (System.nanoTime; Long.MAX_VALUE for none), until
     * {@code wakeUp} holds, or until the thread is stopped. Returns right after a line ran,
     * since the line may have changed what comes next.
     */
    void serveUntil(long deadlineNanos, BooleanSupplier wakeUp, Consumer<Runnable> interject) {
        while (true) {
            Runnable query = null;
            Line line = null;
            synchronized (lock) {
                while (queries.isEmpty() && !headMayRunDuringRun()) {
                    if (stopped || wakeUp.getAsBoolean()) return;
                    long left = deadlineNanos == Long.MAX_VALUE ? 0 : deadlineNanos - System.nanoTime();
                    if (deadlineNanos != Long.MAX_VALUE && left <= 0) return;
                    waitQuietly(deadlineNanos == Long.MAX_VALUE ? 0 : Math.max(1, left / 1_000_000));
                }
                if (!queries.isEmpty()) query = queries.poll();
                else line = lines.poll();
            }
            if (query != null) {
                runSafely(query);
                continue;
            }
            Line run = line;
            runSafely(() -> interject.accept(run.task()));
            return;
        }
    }

    private boolean headMayRunDuringRun() {
        return !lines.isEmpty() && lines.peek().duringRun();
    }

    private void waitQuietly(long millis) {
        try {
            lock.wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    private void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            onError.accept(e);
        }
    }
}
