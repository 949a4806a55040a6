package distlab.protocol.crdt;

import distlab.sim.node.NodeId;

/** Replica ids for tests: n1, n2, ... in node order. */
final class Replicas {
    static final NodeId N1 = node(1);
    static final NodeId N2 = node(2);
    static final NodeId N3 = node(3);

    private Replicas() {}

    static NodeId node(int number) {
        return new NodeId(number - 1, "n" + number);
    }

    static Stamp stamp(long lamport, NodeId node) {
        return new Stamp(lamport, node);
    }
}
