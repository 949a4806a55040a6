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
    final Protocol<?> protocol;
    final Object storage;
    /** Hardware: it keeps running through crashes. */
    final PhysicalClock clock = new PhysicalClock();
    final NodeContext context;
    Process process;
    boolean up = true;
    /** Incremented by every crash, so that timers set before it never fire after it. */
    int incarnation;
    int lamport;
    int[] vc;
    /** The node's latest trace entry, or -1: notes at this node share its stamps. */
    int lastEntry = -1;

    private SimNode(NodeId id, NodeKind kind, Protocol<?> protocol, Object storage, Simulation sim, int width) {
        this.id = id;
        this.kind = kind;
        this.protocol = protocol;
        this.storage = storage;
        this.context = new NodeContext(sim, this);
        this.vc = new int[width];
    }

    /** A node whose storage the protocol makes now, typed, and hands to each of its processes. */
    static <S> SimNode create(NodeId id, NodeKind kind, Protocol<S> protocol, Simulation sim, int width) {
        return new SimNode(id, kind, protocol, protocol.newStorage(id), sim, width);
    }

    /**
     * A fresh process around the node's storage: on spawn and on every restart. The storage was
     * made by this same protocol ({@link #create}), so it has the protocol's storage type.
     */
    @SuppressWarnings("unchecked")
    Process newProcess() {
        return ((Protocol<Object>) protocol).newProcess(id, storage);
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
