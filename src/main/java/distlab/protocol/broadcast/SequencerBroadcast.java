package distlab.protocol.broadcast;

import distlab.protocol.broadcast.BroadcastMessage.Ordered;
import distlab.protocol.broadcast.BroadcastMessage.Submit;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Total order through a sequencer (lecture 4.3, approach 1): a node hands its broadcast to the
 * sequencer over a FIFO link; the sequencer numbers the broadcasts in the order it gets them and
 * FIFO-broadcasts them; every node, the sender included, delivers in that numbering. The FIFO
 * link is the sender's seq: the sequencer holds back a gap in a sender's stream. Ordered
 * messages spread as {@link BroadcastOptions} says ({@code relay=eager}: receivers relay them).
 */
public final class SequencerBroadcast extends TotalOrderBroadcast {
    // ---- the sequencer's part ----
    /** The next number in the one order. */
    private int nextOrder;
    /** Per sender: the seq of the next broadcast to number (FIFO link to the sequencer). */
    private int[] expected = new int[0];
    /** Submitted broadcasts that arrived ahead of a gap in their sender's stream, by (sender, seq). */
    private final Map<Long, Broadcast> early = new TreeMap<>();

    // ---- every node's part ----
    /** The next number to deliver. */
    private int nextDeliver;
    /** Ordered broadcasts received, by number, not yet delivered. */
    private final Map<Integer, Broadcast> held = new TreeMap<>();
    /** The sequencer that numbered what this node holds, for the reasons it shows. */
    private NodeId orderedBy;

    SequencerBroadcast(NodeId self, BroadcastLog log, BroadcastOptions options) {
        super(self, log, options);
    }

    @Override
    public Sent broadcast(Context ctx, Object payload) {
        NodeId sequencer = options.sequencer(ctx.servers());
        Broadcast b = log.open(self, payload);
        List<Broadcast> out = none();
        if (sequencer.equals(self)) submitted(ctx, b, out);
        else ctx.send(sequencer, new Submit(b));
        return new Sent(b, out);
    }

    @Override
    public List<Broadcast> onMessage(Context ctx, NodeId from, BroadcastMessage message) {
        List<Broadcast> out = none();
        if (message instanceof Submit submit) submitted(ctx, submit.broadcast(), out);
        else if (message instanceof Ordered ordered) received(ctx, ordered, out);
        return out;
    }

    /** At the sequencer: number the broadcasts of a sender's stream in seq order. */
    private void submitted(Context ctx, Broadcast b, List<Broadcast> out) {
        int s = b.sender().index();
        if (b.seq() < Counts.at(expected, s) || early.containsKey(Counts.key(s, b.seq()))) return;
        early.put(Counts.key(s, b.seq()), b);
        Broadcast next;
        while ((next = early.remove(Counts.key(s, Counts.at(expected, s)))) != null) {
            expected = Counts.widen(expected, s + 1);
            expected[s]++;
            sequence(ctx, next, out);
        }
    }

    /** The sequencer gives the broadcast the next place in the one order and broadcasts it, to itself too. */
    private void sequence(Context ctx, Broadcast b, List<Broadcast> out) {
        Ordered ordered = new Ordered(b, nextOrder++);
        Spread.originate(ctx, options, ordered);
        hold(ctx, ordered, out);
    }

    private void received(Context ctx, Ordered ordered, List<Broadcast> out) {
        if (ordered.order() < nextDeliver || held.containsKey(ordered.order())) return;
        Spread.relay(ctx, options, ordered);
        hold(ctx, ordered, out);
    }

    /** Deliver in the sequencer's order: hold back any number after a gap. */
    private void hold(Context ctx, Ordered ordered, List<Broadcast> out) {
        if (orderedBy == null) orderedBy = options.sequencer(ctx.servers());
        held.put(ordered.order(), ordered.broadcast());
        while (held.containsKey(nextDeliver)) deliver(ctx, held.remove(nextDeliver++), out);
    }

    @Override
    public List<Held> holdback(List<NodeId> group) {
        List<Held> out = new ArrayList<>();
        for (Broadcast b : early.values()) {
            out.add(new Held(b, "to order: seq " + Counts.at(expected, b.sender().index()) + " of " + b.sender() + " missing"));
        }
        for (Broadcast b : held.values()) out.add(new Held(b, "waits for order " + nextDeliver + " from " + orderedBy));
        return out;
    }
}
