package distlab.sim;

import distlab.sim.node.TimerTag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Timers set by processes. The event queue holds only their ids; a timer that was
 * cancelled, or whose node crashed since it was set, is simply not found when its time
 * comes (lazy cancellation keeps the queue free of deletions).
 */
final class Timers {
    /** A pending timer: the node, the node's incarnation when it was set, and the process's tag. */
    record Timer(int node, int incarnation, TimerTag tag) {}

    private final Map<Long, Timer> pending = new HashMap<>();
    private long nextId = 1;

    long add(SimNode node, TimerTag tag) {
        long id = nextId++;
        pending.put(id, new Timer(node.id.index(), node.incarnation, tag));
        return id;
    }

    void cancel(long id) {
        pending.remove(id);
    }

    /** Whether the timer will fire: still pending, and its node up in the same incarnation. */
    boolean isLive(long id, List<SimNode> nodes) {
        Timer t = pending.get(id);
        if (t == null) return false;
        SimNode node = nodes.get(t.node());
        if (node.up && node.incarnation == t.incarnation()) return true;
        pending.remove(id);
        return false;
    }

    /** Removes a live timer (see {@link #isLive}) to fire it. */
    Timer take(long id) {
        return pending.remove(id);
    }
}
