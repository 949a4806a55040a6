package distlab.protocol.broadcast;

import distlab.sim.LabException;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The session's record of broadcasts and deliveries, one per module, shared by every node's
 * broadcast layer: it names broadcasts ({@code b1 b2 …}, with each sender's own count as their
 * seq) and judges every delivery against lecture 4.2's orderings.
 *
 * <p>Happens-before here is the application's (lecture 4.2): over broadcast and deliver events
 * only. A message the layer has received but holds back is not yet known to the application,
 * so it creates no dependency. Each broadcast's causal past is kept as counts per sender: a
 * sender's broadcasts are ordered at the sender, so the broadcasts before one form a prefix of
 * each sender's stream.
 */
public final class BroadcastLog {
    /** Broadcasts per session: bounds the log and every node's delivery record. */
    public static final int MAX_BROADCASTS = 100_000;

    private final List<Broadcast> broadcasts = new ArrayList<>();
    /** Per broadcast: how many of each sender's broadcasts happened before it (its own sender: its seq). */
    private final List<int[]> pasts = new ArrayList<>();
    /** Per broadcast: the nodes that delivered it, in delivery order. */
    private final List<List<NodeId>> receivers = new ArrayList<>();
    /** Per sender (node index): its broadcasts in seq order. */
    private final List<List<Broadcast>> bySender = new ArrayList<>();
    private final Map<NodeId, NodeDeliveries> nodes = new TreeMap<>();
    private String fifoBroken;
    private String causalBroken;
    private String totalBroken;

    /** Names a new broadcast from {@code sender}; a LabException once the session has made too many. */
    public Broadcast open(NodeId sender, Object payload) {
        if (broadcasts.size() >= MAX_BROADCASTS) {
            throw new LabException("this session has made " + MAX_BROADCASTS + " broadcasts, the most it may: reset to start again");
        }
        while (bySender.size() <= sender.index()) bySender.add(new ArrayList<>());
        List<Broadcast> own = bySender.get(sender.index());
        Broadcast b = new Broadcast(broadcasts.size() + 1, sender, own.size(), payload);
        NodeDeliveries at = node(sender);
        // The sender's application has seen everything it delivered and its own earlier broadcasts.
        int[] past = Counts.widen(at.past, sender.index() + 1).clone();
        past[sender.index()] = b.seq();
        at.past = Counts.widen(at.past, sender.index() + 1);
        at.past[sender.index()] = b.seq() + 1;
        broadcasts.add(b);
        pasts.add(past);
        receivers.add(new ArrayList<>());
        own.add(b);
        return b;
    }

    /** Records that {@code node} delivered {@code b}, and checks the delivery against FIFO, causal and total order. */
    public void delivered(NodeId node, Broadcast b) {
        NodeDeliveries at = node(node);
        if (at.position(b.number()) >= 0) throw new IllegalStateException(node + " delivered " + b + " twice");
        checkFifo(node, at, b);
        checkCausal(node, at, b);
        checkTotal(node, at, b);
        at.add(b, pasts.get(b.number() - 1));
        receivers.get(b.number() - 1).add(node);
    }

    /** FIFO: every earlier broadcast of the same sender was delivered first. */
    private void checkFifo(NodeId node, NodeDeliveries at, Broadcast b) {
        if (fifoBroken != null) return;
        int prefix = at.prefix(b.sender().index());
        if (prefix < b.seq()) {
            Broadcast missing = find(b.sender().index(), prefix);
            fifoBroken = node + " delivered " + b + " before " + missing + ", which " + b.sender() + " broadcast first";
        }
    }

    /** Causal: every broadcast that happened before this one was delivered first (FIFO included). */
    private void checkCausal(NodeId node, NodeDeliveries at, Broadcast b) {
        if (causalBroken != null) return;
        int[] past = pasts.get(b.number() - 1);
        for (int s = 0; s < past.length; s++) {
            int prefix = at.prefix(s);
            if (prefix < past[s]) {
                causalBroken = node + " delivered " + b + " before " + find(s, prefix) + ", which happened before it";
                return;
            }
        }
    }

    /**
     * Total: no two nodes deliver two common broadcasts in opposite orders. Everything this node
     * delivered came before {@code b}; so any node that delivered {@code b} must not have
     * delivered one of those after it.
     */
    private void checkTotal(NodeId node, NodeDeliveries at, Broadcast b) {
        if (totalBroken != null) return;
        for (Map.Entry<NodeId, NodeDeliveries> e : nodes.entrySet()) {
            NodeDeliveries other = e.getValue();
            int p = other.position(b.number());
            if (other == at || p < 0) continue;
            for (int i = p + 1; i < other.order.size(); i++) {
                Broadcast c = other.order.get(i);
                if (at.position(c.number()) >= 0) {
                    totalBroken = node + " delivered " + c + " before " + b + ", but " + e.getKey() + " delivered " + b + " before " + c;
                    return;
                }
            }
        }
    }

    private NodeDeliveries node(NodeId node) {
        return nodes.computeIfAbsent(node, n -> new NodeDeliveries());
    }

    // ---- reading ----

    public int count() {
        return broadcasts.size();
    }

    /** Broadcast {@code b<number>}, or null. */
    public Broadcast find(int number) {
        return number >= 1 && number <= broadcasts.size() ? broadcasts.get(number - 1) : null;
    }

    /** The broadcast with this seq from the sender at this node index, or null. */
    public Broadcast find(int senderIndex, int seq) {
        if (senderIndex >= bySender.size()) return null;
        List<Broadcast> own = bySender.get(senderIndex);
        return seq >= 0 && seq < own.size() ? own.get(seq) : null;
    }

    public List<Broadcast> all() {
        return List.copyOf(broadcasts);
    }

    /** What the node delivered, in delivery order. */
    public List<Broadcast> delivered(NodeId node) {
        NodeDeliveries at = nodes.get(node);
        return at == null ? List.of() : List.copyOf(at.order);
    }

    /** How many of each sender's broadcasts the node delivered, in node order, {@code width} wide. */
    public int[] got(NodeId node, int width) {
        NodeDeliveries at = nodes.get(node);
        int[] out = new int[width];
        if (at != null) for (int s = 0; s < width; s++) out[s] = at.count(s);
        return out;
    }

    /** The nodes that delivered {@code b}, in delivery order. */
    public List<NodeId> receivers(Broadcast b) {
        return List.copyOf(receivers.get(b.number() - 1));
    }

    /**
     * Two of {@code nodes} that delivered the same broadcasts but hold different states, or null:
     * replicas applying the same operations must agree (op-based replication's consistency).
     * {@code state} gives what to compare, {@code shown} how to print it.
     */
    public String sameDeliveriesDifferentStates(List<NodeId> nodes, Function<NodeId, ?> state, Function<NodeId, String> shown,
                                                String what) {
        Map<List<Integer>, NodeId> seen = new java.util.HashMap<>();
        for (NodeId node : nodes) {
            List<Integer> numbers = new ArrayList<>();
            for (Broadcast b : delivered(node)) numbers.add(b.number());
            java.util.Collections.sort(numbers);
            NodeId other = seen.putIfAbsent(numbers, node);
            if (other != null && !state.apply(other).equals(state.apply(node))) {
                return other + " and " + node + " delivered the same " + numbers.size() + " " + what + " but hold " + shown.apply(other)
                        + " and " + shown.apply(node);
            }
        }
        return null;
    }

    /** The first delivery that broke FIFO order, or null. */
    public String fifoViolation() { return fifoBroken; }

    /** The first delivery that broke causal order, or null. */
    public String causalViolation() { return causalBroken; }

    /** The first delivery that broke total order, or null. */
    public String totalViolation() { return totalBroken; }

    /**
     * Why reliable broadcast does not hold among the {@code up} nodes (lecture 4.2: a broadcast
     * some non-faulty node delivered, every non-faulty node delivers), or null when it does.
     */
    public String unreliability(Collection<NodeId> up) {
        for (int i = 0; i < broadcasts.size(); i++) {
            List<NodeId> got = receivers.get(i);
            NodeId some = null;
            NodeId missing = null;
            for (NodeId n : up) {
                if (got.contains(n)) {
                    if (some == null) some = n;
                } else if (missing == null) {
                    missing = n;
                }
            }
            if (some != null && missing != null) return some + " delivered " + broadcasts.get(i) + " but " + missing + " has not";
        }
        return null;
    }

    /** One node's deliveries: their order, each one's position, and per sender which seqs it has. */
    private static final class NodeDeliveries {
        final List<Broadcast> order = new ArrayList<>();
        /** Position + 1 by broadcast number; 0 when not delivered. */
        int[] positions = new int[0];
        /** Per sender (node index): the seqs delivered, as a bit set. */
        final List<java.util.BitSet> seqs = new ArrayList<>();
        /** The application's causal past, as counts per sender (see the class comment). */
        int[] past = new int[0];

        int position(int number) {
            return Counts.at(positions, number) - 1;
        }

        /** How many of the sender's broadcasts, from its first on, were all delivered here. */
        int prefix(int sender) {
            return sender < seqs.size() ? seqs.get(sender).nextClearBit(0) : 0;
        }

        int count(int sender) {
            return sender < seqs.size() ? seqs.get(sender).cardinality() : 0;
        }

        void add(Broadcast b, int[] pastOfB) {
            order.add(b);
            if (positions.length <= b.number()) positions = Counts.widen(positions, Math.max(16, 2 * b.number()));
            positions[b.number()] = order.size();
            int s = b.sender().index();
            while (seqs.size() <= s) seqs.add(new java.util.BitSet());
            seqs.get(s).set(b.seq());
            // Delivering b puts b and everything before it into this node's causal past.
            past = Counts.widen(past, Math.max(pastOfB.length, s + 1));
            for (int i = 0; i < pastOfB.length; i++) past[i] = Math.max(past[i], pastOfB[i]);
            past[s] = Math.max(past[s], b.seq() + 1);
        }
    }
}
