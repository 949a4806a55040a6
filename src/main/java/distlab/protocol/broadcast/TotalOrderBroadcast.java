package distlab.protocol.broadcast;

import distlab.sim.node.NodeId;

/**
 * Total order broadcast (lecture 4.3, layer two): every node delivers the same sequence. Two
 * algorithms, neither fault-tolerant: a {@link #sequencer} orders everything, or
 * {@link #lamport} timestamps order it once every node has been heard from. Both keep each
 * sender's broadcasts in the order sent, so the order is FIFO-total order, which is causal
 * (lecture 4.2).
 */
public abstract sealed class TotalOrderBroadcast extends BroadcastLayer permits SequencerBroadcast, LamportBroadcast {
    TotalOrderBroadcast(NodeId self, BroadcastLog log, BroadcastOptions options) {
        super(self, log, options);
    }

    /** Sequencer total order: {@code options.sequencerName()} numbers every broadcast. */
    public static TotalOrderBroadcast sequencer(NodeId self, BroadcastLog log, BroadcastOptions options) {
        return new SequencerBroadcast(self, log, options);
    }

    /** Lamport-timestamp total order over FIFO links, every node acknowledging each broadcast. */
    public static TotalOrderBroadcast lamport(NodeId self, BroadcastLog log, BroadcastOptions options) {
        return new LamportBroadcast(self, log, options);
    }
}
