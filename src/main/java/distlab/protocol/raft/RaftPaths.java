package distlab.protocol.raft;

import distlab.protocol.PathSpec;
import distlab.sim.LabException;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Raft's paths for {@code show}/{@code expect} (docs/commands.md): {@code NODE.role term
 * votedFor commit log kv.KEY} and extras; {@code cluster.leader leaders safe} and extras.
 * Volatile fields of a crashed node read as they will be after its restart: role
 * {@code down}, commit 0, an empty store.
 */
final class RaftPaths {
    static final List<PathSpec> CATALOG = List.of(
            PathSpec.server("role", "follower, candidate, leader, or down"),
            PathSpec.server("term", "current term (persistent)"),
            PathSpec.server("votedFor", "the candidate it voted for in its term, or none (persistent)"),
            PathSpec.server("commit", "commitLength: entries it knows committed and has applied"),
            PathSpec.server("lastApplied", "the same as commit: entries applied to its store"),
            PathSpec.server("log", "the log as [term:command, ...] (persistent)"),
            PathSpec.server("terms", "the log's terms as a vector"),
            PathSpec.server("leader", "the leader it knows of, or none"),
            PathSpec.server("votes", "votes a candidate has received"),
            PathSpec.server("timer", "time left on its election timer, or none"),
            PathSpec.server("kv", "its whole store, {k=v, ...}"),
            PathSpec.server("kv.KEY", "the value of KEY in its store, or none"),
            PathSpec.server("sent.NODE", "leader only: sentLength of follower NODE"),
            PathSpec.server("acked.NODE", "leader only: ackedLength of follower NODE"),
            PathSpec.client("role", "client"),
            PathSpec.client("target", "the node its current attempt went to, or none"),
            PathSpec.client("attempts", "attempts of its current op"),
            PathSpec.cluster("leader", "the up leader with the highest term, or none"),
            PathSpec.cluster("leaders", "how many up nodes are leaders"),
            PathSpec.cluster("term", "the highest current term"),
            PathSpec.cluster("committed", "entries committed as the paper defines it: stored on a majority by their term's leader"),
            PathSpec.cluster("applied", "indexes some node has applied"),
            PathSpec.cluster("safe", "election safety, leader append-only, log matching, leader completeness and state machine safety held at every step"),
            PathSpec.cluster("violation", "the first broken property, where and why, or none"));

    private final RaftModule module;

    RaftPaths(RaftModule module) {
        this.module = module;
    }

    /** A leader's sent.NODE and acked.NODE for each follower; show NODE lists no kv.KEY (kv shows the store). */
    List<String> expand(NodeId node, PathSpec pattern) {
        List<String> out = new ArrayList<>();
        RaftServer s = module.handle(node).server();
        if (s == null || s.role() != RaftServer.Role.LEADER || pattern.field().startsWith("kv.")) return out;
        String prefix = pattern.field().substring(0, pattern.field().indexOf('.') + 1);
        for (NodeId peer : module.sim().servers()) if (!peer.equals(node)) out.add(prefix + peer);
        return out;
    }

    Value node(NodeId node, String field) {
        Simulation sim = module.sim();
        if (sim.kind(node) == NodeKind.CLIENT) return client(node, field);
        ServerHandle h = module.handle(node);
        RaftStorage storage = h.storage();
        RaftServer s = h.server();
        if (field.startsWith("kv.")) {
            String v = s == null ? null : s.stateMachine().get(field.substring(3));
            return Value.text(v);
        }
        if (field.startsWith("sent.") || field.startsWith("acked.")) return progress(s, field);
        switch (field) {
            case "role": return Value.text(s == null ? "down" : s.role().word());
            case "term": return Value.of(storage.currentTerm());
            case "votedFor": return storage.votedFor() == null ? Value.NONE : Value.text(storage.votedFor().name());
            case "commit":
            case "lastApplied": return Value.of(s == null ? 0 : s.commitLength());
            case "log": return new Value.ListOf(storage.log().entries().stream().map(e -> Value.text(e.toString())).toList());
            case "terms": return new Value.Vector(storage.log().terms());
            case "leader": return s == null || s.currentLeader() == null ? Value.NONE : Value.text(s.currentLeader().name());
            case "votes": return Value.of(s == null || s.role() != RaftServer.Role.CANDIDATE ? 0 : s.votesReceived().size());
            case "timer": return s == null || s.electionDeadline() < 0 ? Value.NONE : new Value.Duration(s.electionDeadline() - sim.now());
            case "kv": return Value.text(s == null ? "{}" : store(s.stateMachine().data()));
            default: return null;
        }
    }

    private Value progress(RaftServer s, String field) {
        int dot = field.indexOf('.');
        NodeId peer = module.sim().find(field.substring(dot + 1))
                .orElseThrow(() -> new LabException("unknown node '" + field.substring(dot + 1) + "' in " + field));
        if (module.sim().kind(peer) != NodeKind.SERVER) throw new LabException(peer + " is a client; " + field + " names a server");
        if (s == null || s.role() != RaftServer.Role.LEADER) return Value.NONE;
        return Value.of(field.startsWith("sent.") ? s.sentLength(peer) : s.ackedLength(peer));
    }

    private Value client(NodeId node, String field) {
        RaftClient c = module.sim().process(node) instanceof RaftClient rc ? rc : null;
        switch (field) {
            case "role": return Value.text("client");
            case "target": return c == null || c.target() == null ? Value.NONE : Value.text(c.target().name());
            case "attempts": return Value.of(c == null ? 0 : c.attempts());
            default: return null;
        }
    }

    private static String store(Map<String, String> data) {
        return data.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", "{", "}"));
    }

    Value cluster(String field) {
        switch (field) {
            case "leader": {
                NodeId leader = module.leader();
                return leader == null ? Value.NONE : Value.text(leader.name());
            }
            case "leaders": {
                long n = module.handles().stream().filter(h -> h.up() && h.role() == RaftServer.Role.LEADER).count();
                return Value.of(n);
            }
            case "term": return Value.of(module.handles().stream().mapToInt(ServerHandle::currentTerm).max().orElse(0));
            case "committed": return Value.of(module.committedLength());
            case "applied": return Value.of(module.appliedLength());
            case "safe": return Value.of(module.violation() == null);
            case "violation": return module.violation() == null ? Value.NONE : Value.text(module.violation().toString());
            default: return null;
        }
    }
}
