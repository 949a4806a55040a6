package distlab.protocol.twopc;

import distlab.sim.node.NodeId;

/** One write of a transaction: KEY=VALUE at a participant, typed {@code n2:x=1}. */
record Write(NodeId node, String key, String value) {
    @Override
    public String toString() {
        return node + ":" + key + "=" + value;
    }
}
