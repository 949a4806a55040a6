package distlab.protocol.raft;

import distlab.sim.node.NodeId;

/** Messages between clients and Raft servers. */
public sealed interface ClientMessage {
    long seq();

    /** A client's op, numbered by the client's sequence number (the same number on every retry). */
    record Request(long seq, Command command) implements ClientMessage {
        @Override public String toString() {
            return "Request #" + seq + " " + command;
        }
    }

    /** The op's result once its log entry was committed and applied. */
    record Reply(long seq, boolean ok, String value, String error) implements ClientMessage {
        @Override public String toString() {
            return "Reply #" + seq + (ok ? " ok" + (value == null ? "" : " " + value) : " failed: " + error);
        }
    }

    /** "I am not the leader; try {@code leader}" (null: I do not know one). */
    record Redirect(long seq, NodeId leader) implements ClientMessage {
        @Override public String toString() {
            return "Redirect #" + seq + (leader == null ? " no leader" : " to " + leader);
        }
    }
}
