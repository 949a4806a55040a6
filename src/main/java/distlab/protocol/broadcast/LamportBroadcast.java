package distlab.protocol.broadcast;

import distlab.protocol.broadcast.BroadcastMessage.Ack;
import distlab.protocol.broadcast.BroadcastMessage.Stamped;
import distlab.protocol.broadcast.BroadcastMessage.Timestamped;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Total order from Lamport timestamps (lecture 4.3, approach 2): every broadcast carries its
 * sender's Lamport timestamp, and nodes deliver in (timestamp, node) order. A broadcast may be
 * delivered once every other node has sent something with a greater timestamp, because links
 * are FIFO and timestamps only grow, so nothing earlier can still come from it. Every node
 * acknowledges each broadcast it receives, to everyone, so delivery never waits for the next
 * broadcast. FIFO links: each node numbers everything it sends ({@code #k}) and receivers
 * process a node's messages in that order, whichever node relayed them.
 */
public final class LamportBroadcast extends TotalOrderBroadcast {
    /** (timestamp, node) order, lecture 4.1's total order of Lamport timestamps. */
    private static final Comparator<Stamped> ORDER =
            Comparator.comparingInt(Stamped::ts).thenComparingInt(s -> s.broadcast().sender().index());

    /** This node's Lamport clock for broadcasts and acknowledgements. */
    private int clock;
    /** The number of the next message this node sends (its FIFO stream). */
    private int nextLink;
    /** Per origin: the number of its next message to process. */
    private int[] expected = new int[0];
    /** Messages that arrived ahead of a gap in their origin's stream, by (origin, number). */
    private final Map<Long, Timestamped> early = new TreeMap<>();
    /** Per origin: the timestamp of the latest message processed from it (0: none yet). */
    private int[] latest = new int[0];
    /** Broadcasts received, not yet delivered, in (timestamp, node) order. */
    private final List<Stamped> held = new ArrayList<>();

    LamportBroadcast(NodeId self, BroadcastLog log, BroadcastOptions options) {
        super(self, log, options);
    }

    @Override
    public Sent broadcast(Context ctx, Object payload) {
        Broadcast b = log.open(self, payload);
        clock++; // a send: t := t + 1 (lecture 4.1)
        Stamped stamped = new Stamped(b, clock, nextLink++);
        Spread.originate(ctx, options, stamped);
        hold(stamped);
        return new Sent(b, deliverReady(ctx));
    }

    @Override
    public List<Broadcast> onMessage(Context ctx, NodeId from, BroadcastMessage message) {
        if (!(message instanceof Timestamped m) || m.origin().equals(self)) return none();
        int origin = m.origin().index();
        if (m.link() < Counts.at(expected, origin) || early.containsKey(Counts.key(origin, m.link()))) return none();
        Spread.relay(ctx, options, m);
        early.put(Counts.key(origin, m.link()), m);
        // FIFO links: process the origin's messages in the order it sent them.
        Timestamped next;
        while ((next = early.remove(Counts.key(origin, Counts.at(expected, origin)))) != null) {
            expected = Counts.widen(expected, origin + 1);
            expected[origin]++;
            process(ctx, next);
        }
        return deliverReady(ctx);
    }

    /** A message processed in its origin's FIFO order: t := max(t, ts) + 1; a broadcast is held and acknowledged. */
    private void process(Context ctx, Timestamped m) {
        clock = Math.max(clock, m.ts()) + 1;
        latest = Counts.widen(latest, m.origin().index() + 1);
        latest[m.origin().index()] = m.ts();
        if (m instanceof Stamped stamped) {
            hold(stamped);
            clock++;
            Spread.originate(ctx, options, new Ack(self, stamped.broadcast(), clock, nextLink++));
        }
    }

    private void hold(Stamped stamped) {
        int at = 0;
        while (at < held.size() && ORDER.compare(held.get(at), stamped) < 0) at++;
        held.add(at, stamped);
    }

    /** Deliver from the front of the (timestamp, node) order while the front is safe. */
    private List<Broadcast> deliverReady(Context ctx) {
        List<Broadcast> out = none();
        while (!held.isEmpty() && waitingFor(ctx.servers(), self, held.get(0)) == null) {
            deliver(ctx, held.remove(0).broadcast(), out);
        }
        return out;
    }

    /**
     * The first node (in node order) that has not yet sent a timestamp greater than the
     * broadcast's, or null when none: the sender and this node are skipped, since their later
     * messages carry later timestamps and their earlier ones are already here.
     */
    private NodeId waitingFor(List<NodeId> group, NodeId me, Stamped m) {
        for (NodeId k : group) {
            if (k.equals(me) || k.equals(m.broadcast().sender())) continue;
            if (Counts.at(latest, k.index()) <= m.ts()) return k;
        }
        return null;
    }

    @Override
    public List<Held> holdback(List<NodeId> group) {
        List<Held> out = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            Stamped m = held.get(i);
            String reason;
            if (i > 0) {
                reason = "after " + held.get(0).broadcast() + " in timestamp order";
            } else {
                NodeId k = waitingFor(group, self, m);
                reason = k == null ? "ready" : "no timestamp > " + m.ts() + " yet from " + k;
            }
            out.add(new Held(m.broadcast(), reason));
        }
        for (Timestamped m : early.values()) {
            if (m instanceof Stamped s) {
                String gap = "#" + Counts.at(expected, m.origin().index()) + " of " + m.origin();
                out.add(new Held(s.broadcast(), "FIFO link: " + gap + " missing"));
            }
        }
        return out;
    }
}
