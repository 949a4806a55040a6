package distlab.protocol.link;

import distlab.protocol.link.LinkMessage.Data;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a node's link layer knows: the payloads handed to its application (duplicates included),
 * its dedup record (the frames it has received, by sender), and its outbox of frames not yet
 * acknowledged. A process keeps one in memory; with {@code stable=on} every change is also made
 * to the copy on stable storage, which a restarted process starts from.
 */
final class LinkState {
    /** At most this many payloads are kept in a received list. */
    static final int MAX_DELIVERED = 100_000;

    private final List<String> delivered = new ArrayList<>();
    private final Map<NodeId, Set<Integer>> seen = new TreeMap<>();
    private final Map<NodeId, TreeMap<Integer, Data>> outbox = new TreeMap<>();

    LinkState() {}

    /** A copy, for a process starting from stable storage. */
    LinkState copy() {
        LinkState c = new LinkState();
        c.delivered.addAll(delivered);
        seen.forEach((n, s) -> c.seen.put(n, new TreeSet<>(s)));
        outbox.forEach((n, o) -> c.outbox.put(n, new TreeMap<>(o)));
        return c;
    }

    boolean seen(NodeId from, int seq) {
        return seen.getOrDefault(from, Set.of()).contains(seq);
    }

    /** Records frame {@code seq} from {@code from} as received and, if {@code payload} is not null, handed to the application. */
    void receive(NodeId from, int seq, String payload) {
        seen.computeIfAbsent(from, k -> new TreeSet<>()).add(seq);
        if (payload != null && delivered.size() < MAX_DELIVERED) delivered.add(payload);
    }

    void queue(NodeId to, Data frame) {
        outbox.computeIfAbsent(to, k -> new TreeMap<>()).put(frame.seq(), frame);
    }

    void acked(NodeId to, int seq) {
        TreeMap<Integer, Data> frames = outbox.get(to);
        if (frames != null) frames.remove(seq);
    }

    /** The unacknowledged frame, or null. */
    Data unacked(NodeId to, int seq) {
        TreeMap<Integer, Data> frames = outbox.get(to);
        return frames == null ? null : frames.get(seq);
    }

    List<String> delivered() { return List.copyOf(delivered); }

    int seenCount() {
        return seen.values().stream().mapToInt(Set::size).sum();
    }

    int unackedCount() {
        return outbox.values().stream().mapToInt(Map::size).sum();
    }

    /** Every unacknowledged frame, by receiver, in order (a restarted sender resends them). */
    Map<NodeId, TreeMap<Integer, Data>> outbox() {
        return outbox;
    }
}
