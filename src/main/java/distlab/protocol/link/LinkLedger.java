package distlab.protocol.link;

import distlab.sim.node.NodeId;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lab's record of every application message, seen from outside (no node reads it): how
 * often each was handed to its receiver's application, across crashes. It answers
 * {@code cluster.reliable}, {@code cluster.nodup} and {@code cluster.duplicates}.
 */
final class LinkLedger {
    /** An application message: sender, receiver and its number on that link. */
    record Key(int from, int to, int seq) implements Comparable<Key> {
        @Override public int compareTo(Key o) {
            int c = Integer.compare(from, o.from);
            if (c == 0) c = Integer.compare(to, o.to);
            return c != 0 ? c : Integer.compare(seq, o.seq);
        }
    }

    private final Map<Key, Integer> deliveries = new TreeMap<>();

    void sent(NodeId from, NodeId to, int seq) {
        deliveries.put(new Key(from.index(), to.index(), seq), 0);
    }

    void delivered(NodeId from, NodeId to, int seq) {
        deliveries.merge(new Key(from.index(), to.index(), seq), 1, Integer::sum);
    }

    /** Every message sent so far reached its receiver's application at least once. */
    boolean allDelivered() {
        return deliveries.values().stream().allMatch(n -> n >= 1);
    }

    /** Deliveries beyond the first of each message. */
    int duplicates() {
        return deliveries.values().stream().mapToInt(n -> Math.max(0, n - 1)).sum();
    }

    int sentCount() {
        return deliveries.size();
    }
}
