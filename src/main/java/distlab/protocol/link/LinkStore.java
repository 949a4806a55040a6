package distlab.protocol.link;

import distlab.sim.node.NodeId;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node's stable storage. The next sequence number of each outgoing link is always here: a
 * sender that forgot it after a crash would reuse numbers, and a receiver's dedup record would
 * then throw away new messages as duplicates. The link state is here only as far as
 * {@code stable=on} has written it.
 */
final class LinkStore {
    private final Map<NodeId, Integer> nextSeq = new TreeMap<>();
    private final LinkState persisted = new LinkState();

    int takeSeq(NodeId to) {
        int seq = nextSeq.getOrDefault(to, 1);
        nextSeq.put(to, seq + 1);
        return seq;
    }

    LinkState persisted() {
        return persisted;
    }
}
