package distlab.protocol.broadcast;

import distlab.sim.node.NodeId;

/**
 * What the broadcast algorithms send over the network, one record per algorithm's message.
 * Each names the broadcast it carries; {@code toString} is what {@code events} and the diagram
 * print ({@code b2 deps=[1,0,0] "no it isn't"}).
 */
public sealed interface BroadcastMessage {
    /** The broadcast this message carries or acknowledges. */
    Broadcast broadcast();

    /** Best-effort, reliable and gossip broadcast: just the broadcast (lecture 4.3). */
    record Plain(Broadcast broadcast) implements BroadcastMessage {
        @Override public String toString() { return broadcast.withPayload(""); }
    }

    /** FIFO broadcast: the broadcast with its number in its sender's stream. */
    record Numbered(Broadcast broadcast) implements BroadcastMessage {
        @Override public String toString() { return broadcast.withPayload("seq=" + broadcast.seq()); }
    }

    /** Causal broadcast: the sender's delivered counts when it broadcast, its own entry its seq. */
    record WithDeps(Broadcast broadcast, int[] deps) implements BroadcastMessage {
        public WithDeps {
            deps = deps.clone();
        }

        @Override public int[] deps() { return deps.clone(); }

        /** The delivery condition deps <= got, entry by entry (lecture 4.3). */
        boolean deliverableWith(int[] got) { return Counts.atMost(deps, got); }

        @Override public String toString() { return broadcast.withPayload("deps=" + Counts.show(deps, 0)); }
    }

    /** Total order, sequencer: a node hands its broadcast to the sequencer (over a FIFO link: seq). */
    record Submit(Broadcast broadcast) implements BroadcastMessage {
        @Override public String toString() { return "submit " + broadcast.withPayload("seq=" + broadcast.seq()); }
    }

    /** Total order, sequencer: the sequencer's broadcast of it with its place in the one order. */
    record Ordered(Broadcast broadcast, int order) implements BroadcastMessage {
        @Override public String toString() { return broadcast.withPayload("order=" + order); }
    }

    /**
     * Total order, Lamport timestamps: a message of {@code origin}'s FIFO stream (broadcasts and
     * acknowledgements alike), number {@code link} in that stream, stamped {@code ts}.
     */
    sealed interface Timestamped extends BroadcastMessage {
        NodeId origin();
        int ts();
        int link();
    }

    /** A broadcast with its sender's Lamport timestamp. */
    record Stamped(Broadcast broadcast, int ts, int link) implements Timestamped {
        @Override public NodeId origin() { return broadcast.sender(); }
        @Override public String toString() { return broadcast.withPayload("ts=" + ts + " #" + link); }
    }

    /** An acknowledgement of a broadcast, carrying the acknowledger's later timestamp. */
    record Ack(NodeId origin, Broadcast broadcast, int ts, int link) implements Timestamped {
        @Override public String toString() { return "ack " + broadcast.id() + " ts=" + ts + " #" + link; }
    }
}
