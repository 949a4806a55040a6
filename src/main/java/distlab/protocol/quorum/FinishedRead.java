package distlab.protocol.quorum;

import distlab.sim.node.NodeId;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A get that has returned, kept so that read repair can go on as its remaining replies arrive:
 * a late reply older than the newest version seen is repaired; a late reply newer than it
 * becomes the newest, and every replica that replied with something older is repaired.
 */
final class FinishedRead {
    final String key;
    private final Map<NodeId, Versioned> replies;
    private Versioned newest;

    FinishedRead(String key, Map<NodeId, Versioned> replies, Versioned newest) {
        this.key = key;
        this.replies = new TreeMap<>(replies);
        this.newest = newest;
    }

    /**
     * Records a late reply; returns the replicas to repair (in node order) with {@link #newest()},
     * possibly none.
     */
    Set<NodeId> lateReply(NodeId from, Versioned stored) {
        if (replies.containsKey(from)) return Set.of();
        replies.put(from, stored);
        Set<NodeId> behind = new TreeSet<>();
        if (Timestamp.newer(Versioned.tsOf(stored), Versioned.tsOf(newest))) {
            newest = stored;
            replies.forEach((node, v) -> {
                if (Timestamp.newer(newest.ts(), Versioned.tsOf(v))) behind.add(node);
            });
        } else if (newest != null && Timestamp.newer(newest.ts(), Versioned.tsOf(stored))) {
            behind.add(from);
        }
        return behind;
    }

    Versioned newest() {
        return newest;
    }
}
