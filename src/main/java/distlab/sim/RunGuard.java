package distlab.sim;

import java.util.function.LongSupplier;

/**
 * What a running simulation checks as it goes: that the trace stays within its limits
 * (entries, and bytes: a memory budget, so that a long run ends with a clear line long
 * before memory runs out), and whether the front end's {@link RunMonitor} asks to stop.
 */
final class RunGuard {
    private final Limits limits;
    /** A front end's hook: not the simulation's state, so snapshots leave it out (it is then none). */
    private transient RunMonitor monitor;
    /** The trace size at which its bytes are next counted (counting visits every column). */
    private int nextBudgetCheck;

    RunGuard(Limits limits) {
        this.limits = limits;
    }

    void watch(RunMonitor monitor) {
        this.monitor = monitor;
    }

    RunMonitor monitor() {
        return monitor;
    }

    /** Called every event of a command; asks the monitor every {@link RunMonitor#EVERY} events. */
    void checkpoint(long now, long end, int done) {
        if (done % RunMonitor.EVERY != 0) return;
        if (monitor == null) return;
        String stop = monitor.checkpoint(now, end, done);
        if (stop != null) {
            throw new LabException(stop + " at " + SimTime.format(now) + " after " + done + " events; everything up to there is kept");
        }
    }

    /** Before anything that records: the trace must have room for it. */
    void checkTraceRoom(int entries, LongSupplier bytes) {
        if (entries >= limits.maxTraceEntries()) {
            throw full(entries + " entries, at most " + limits.maxTraceEntries());
        }
        if (entries >= nextBudgetCheck) {
            nextBudgetCheck = entries + RunMonitor.EVERY;
            long used = bytes.getAsLong();
            if (used > limits.maxTraceBytes()) {
                throw full((used >> 20) + " MB in " + entries + " entries, at most " + (limits.maxTraceBytes() >> 20) + " MB");
            }
        }
    }

    private static LabException full(String how) {
        return new LabException("the trace is full (" + how + "): reset, or run for less time or with fewer nodes");
    }
}
