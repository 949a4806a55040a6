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
    /** A pending timer: the node, the node's incarnation when it was set, the process's tag, when it is due. */
    record Timer(int node, int incarnation, TimerTag tag, long due) {}

    private final Map<Long, Timer> pending = new HashMap<>();
    private long nextId = 1;

    long add(SimNode node, TimerTag tag, long due) {
        long id = nextId++;
        pending.put(id, new Timer(node.id.index(), node.incarnation, tag, due));
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

    /**
     * The ids of the node's live timers in the order the queue would fire them: by due time,
     * then by id (the order they were set in), as the event queue breaks ties.
     */
    long[] liveOf(SimNode node) {
        int n = 0;
        long[] ids = new long[4];
        for (Map.Entry<Long, Timer> e : pending.entrySet()) {
            Timer t = e.getValue();
            if (t.node() != node.id.index() || !node.up || t.incarnation() != node.incarnation) continue;
            if (n == ids.length) ids = java.util.Arrays.copyOf(ids, n * 2);
            ids[n++] = e.getKey();
        }
        long[] out = java.util.Arrays.copyOf(ids, n);
        for (int i = 1; i < n; i++) {
            long id = out[i];
            int j = i - 1;
            while (j >= 0 && firesAfter(out[j], id)) {
                out[j + 1] = out[j];
                j--;
            }
            out[j + 1] = id;
        }
        return out;
    }

    private boolean firesAfter(long a, long b) {
        long da = pending.get(a).due();
        long db = pending.get(b).due();
        return da > db || (da == db && a > b);
    }

    TimerTag tag(long id) {
        return pending.get(id).tag();
    }

    /** Removes a live timer (see {@link #isLive}) to fire it. */
    Timer take(long id) {
        return pending.remove(id);
    }
}
