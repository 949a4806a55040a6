package distlab.protocol.broadcast;

import distlab.sim.node.NodeId;

/**
 * One broadcast, as the lab names it: {@code b1 b2 …} in broadcast order across nodes, its
 * sender, its place in the sender's own stream ({@code seq}, from 0 as in lecture 4.3's FIFO
 * pseudocode) and what the application handed over. Prints as its id.
 */
public record Broadcast(int number, NodeId sender, int seq, Object payload) {
    /** {@code b3}. */
    public String id() {
        return "b" + number;
    }

    /** {@code b3 "set x 1"}: the id, then the payload (quoted when it is text); just the id when empty. */
    public String withPayload(String middle) {
        String head = middle.isEmpty() ? id() : id() + " " + middle;
        if (payload == null || payload.toString().isEmpty()) return head;
        return head + " " + (payload instanceof String s ? "\"" + s + "\"" : payload.toString());
    }

    @Override
    public String toString() {
        return id();
    }
}
