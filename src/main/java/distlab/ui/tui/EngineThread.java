package distlab.ui.tui;

import java.util.ArrayDeque;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The one thread that touches the session (docs/architecture.md, determinism rules). Commands run
 * one at a time in the order submitted; queries (completion, read-only commands, snapshots)
 * jump the queue and may also run while an animated command waits between events, so the
 * screen and the command line stay live during a run. Waits block: no polling.
 */
final class EngineThread {
    private final Object lock = new Object();
    private final ArrayDeque<Runnable> commands = new ArrayDeque<>();
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

    /** Runs after every command submitted before it. */
    void submitCommand(Runnable task) {
        synchronized (lock) {
            commands.add(task);
            lock.notifyAll();
        }
    }

    /** Runs before waiting commands, and during an animated command's pauses. Read-only tasks only. */
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

    /** How many commands wait behind the current one. */
    int queuedCommands() {
        synchronized (lock) {
            return commands.size();
        }
    }

    boolean onEngineThread() {
        return Thread.currentThread() == thread;
    }

    private void loop() {
        while (true) {
            Runnable task;
            synchronized (lock) {
                while (!stopped && commands.isEmpty() && queries.isEmpty()) waitQuietly(0);
                if (stopped) return;
                task = !queries.isEmpty() ? queries.poll() : commands.poll();
            }
            runSafely(task);
        }
    }

    /**
     * Called on the engine thread by the pacer: runs queries as they arrive until
     * {@code deadlineNanos} (System.nanoTime; Long.MAX_VALUE for no deadline) or until
     * {@code wakeUp} holds or the thread is stopped.
     */
    void serveQueriesUntil(long deadlineNanos, BooleanSupplier wakeUp) {
        while (true) {
            Runnable task;
            synchronized (lock) {
                while (queries.isEmpty()) {
                    if (stopped || wakeUp.getAsBoolean()) return;
                    long left = deadlineNanos == Long.MAX_VALUE ? 0 : deadlineNanos - System.nanoTime();
                    if (deadlineNanos != Long.MAX_VALUE && left <= 0) return;
                    waitQuietly(deadlineNanos == Long.MAX_VALUE ? 0 : Math.max(1, left / 1_000_000));
                }
                task = queries.poll();
            }
            runSafely(task);
        }
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
