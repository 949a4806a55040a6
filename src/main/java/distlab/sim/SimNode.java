package distlab.sim;

import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.sim.node.Process;
import distlab.sim.node.Protocol;
import java.util.Arrays;

/**
 * A node's kernel-side record. The storage object survives crashes; the process (all
 * volatile state) is thrown away on crash and rebuilt from the storage on restart.
 * Lamport and vector clocks are the lab's own bookkeeping of causality, kept across
 * crashes so that the trace stays one consistent history.
 */
final class SimNode {
    final NodeId id;
    final NodeKind kind;
    final Protocol protocol;
    final Object storage;
    final NodeContext context;
    Process process;
    boolean up = true;
    /** Incremented by every crash, so that timers set before it never fire after it. */
    int incarnation;
    int lamport;
    int[] vc;
    /** The node's latest trace entry, or -1: notes at this node share its stamps. */
    int lastEntry = -1;

    SimNode(NodeId id, NodeKind kind, Protocol protocol, Simulation sim, int width) {
        this.id = id;
        this.kind = kind;
        this.protocol = protocol;
        this.storage = protocol.newStorage(id);
        this.context = new NodeContext(sim, this);
        this.vc = new int[width];
    }

    /**
     * Lamport rule for a local event or a send: t := t + 1. The trace applies the vector
     * rule (tick the own entry) as it records the event, see Trace.recordTick.
     */
    void tickLamport() {
        lamport++;
    }

    /**
     * Lamport receive rule: t := max(t, t_msg) + 1, where t_msg is the send entry's. The trace
     * applies the vector rule (max with the message's stamp, then tick) as it records the
     * receipt, see Trace.recordReceive.
     */
    void receiveLamport(int messageLamport) {
        lamport = Math.max(lamport, messageLamport) + 1;
    }

    void widenVector(int width) {
        if (vc.length < width) vc = Arrays.copyOf(vc, width);
    }

    boolean isClient() {
        return kind == NodeKind.CLIENT;
    }
}
