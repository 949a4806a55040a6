package distlab.protocol.quorum;

import distlab.protocol.client.History;
import distlab.protocol.client.KvRequest;
import distlab.protocol.client.Op;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stale reads (lecture 5.2): a get that returned a version older than a put on the same key
 * that had completed ({@code ok}) before the get was invoked. This is what r + w > n rules out;
 * reads that only overlap a write are not stale (their anomaly is the checker's business, 7.2).
 */
final class StaleReads {
    private final History history;
    private final QuorumLedger ledger;
    private int cachedCompletions = -1;
    private Set<Integer> cached = Set.of();

    StaleReads(History history, QuorumLedger ledger) {
        this.history = history;
        this.ledger = ledger;
    }

    /** Ids of the stale gets, in op order. Recomputed only when an op has completed since. */
    Set<Integer> ids() {
        if (history.completions().size() != cachedCompletions) {
            cached = compute();
            cachedCompletions = history.completions().size();
        }
        return cached;
    }

    boolean isStale(Op op) {
        return ids().contains(op.id());
    }

    /**
     * One sweep over invocations and completions in history order: for each key, the newest
     * timestamp among completed puts so far; a get compares against the value when it was invoked.
     */
    private Set<Integer> compute() {
        List<long[]> events = new ArrayList<>();
        for (Op op : history.ops()) {
            if (op.request() instanceof KvRequest.Put && op.status() == Op.Status.OK) events.add(new long[] {op.completePosition(), op.id()});
            if (op.request() instanceof KvRequest.Get && op.status() == Op.Status.OK) events.add(new long[] {op.invokePosition(), op.id()});
        }
        events.sort((a, b) -> Long.compare(a[0], b[0]));
        Map<String, Timestamp> newestCompleted = new HashMap<>();
        Set<Integer> stale = new TreeSet<>();
        for (long[] event : events) {
            Op op = history.find((int) event[1]);
            if (op.request() instanceof KvRequest.Put) {
                Timestamp ts = ledger.written(op.id());
                if (Timestamp.newer(ts, newestCompleted.get(op.key()))) newestCompleted.put(op.key(), ts);
            } else if (Timestamp.newer(newestCompleted.get(op.key()), ledger.returned(op.id()))) {
                stale.add(op.id());
            }
        }
        return stale;
    }
}
