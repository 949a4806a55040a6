package distlab.protocol.broadcast;

/**
 * How a broadcast's messages reach the other nodes (lecture 4.3, layer one): the sender sends
 * once to every node ({@link #DIRECT}, best-effort), or every node also relays a message to
 * every other the first time it receives it ({@link #EAGER}, eager reliable broadcast), or the
 * sender and then each first receiver pass it to {@code fanout} nodes picked at random
 * ({@link #GOSSIP}).
 */
public enum Dissemination {
    DIRECT, EAGER, GOSSIP
}
