package distlab.protocol.raft;

import distlab.sim.Simulation;
import distlab.sim.node.NodeId;

/** A server as the module sees it: its storage always, its process while it is up. */
final class ServerHandle implements CheckedServer {
    private final Simulation sim;
    private final NodeId id;
    private final RaftStorage storage;

    ServerHandle(Simulation sim, NodeId id, RaftStorage storage) {
        this.sim = sim;
        this.id = id;
        this.storage = storage;
    }

    NodeId id() { return id; }
    RaftStorage storage() { return storage; }

    /** The running process, or null while the node is down. */
    RaftServer server() {
        return sim.process(id) instanceof RaftServer s ? s : null;
    }

    @Override public String name() { return id.name(); }
    @Override public int currentTerm() { return storage.currentTerm(); }
    @Override public RaftLog log() { return storage.log(); }
    @Override public boolean up() { return sim.isUp(id); }
    @Override public RaftServer.Role role() { RaftServer s = server(); return s == null ? null : s.role(); }
    @Override public int commitLength() { RaftServer s = server(); return s == null ? 0 : s.commitLength(); }
    @Override public Object incarnation() { return sim.process(id); }
}
