package distlab.sim;

/**
 * Lets a front end watch a long command and stop it (Ctrl-C), without a wall clock in the
 * kernel: the simulation calls it every {@link #EVERY} events of a {@code step}, {@code
 * advance} or {@code run}, and the front end keeps the time and shows progress.
 */
@FunctionalInterface
public interface RunMonitor {
    /** Events between calls: often enough to stop within a blink, rarely enough to cost nothing. */
    int EVERY = 1024;

    RunMonitor NONE = (now, end, events) -> null;

    /** The end a state search ({@code explore}) passes: its "events" are the states it has explored. */
    long SEARCH = Long.MIN_VALUE;

    /**
     * Called during a command: virtual time is {@code nowMicros}, the command ends at {@code
     * endMicros} (Long.MAX_VALUE when it counts events instead) and has processed {@code
     * events}. Returns why to stop the command here, e.g. "stopped by Ctrl-C", or null to go on.
     */
    String checkpoint(long nowMicros, long endMicros, int events);
}
