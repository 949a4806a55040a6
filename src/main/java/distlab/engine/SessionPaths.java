package distlab.engine;

import distlab.check.HistoryLinearizability;
import distlab.check.linearizability.Verdict;
import distlab.engine.query.PathResolver;
import distlab.protocol.ProtocolModule;
import distlab.protocol.client.ClientProtocol;
import distlab.protocol.client.History;
import distlab.sim.LabException;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.net.MessageTable;
import distlab.sim.node.NodeId;
import distlab.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * The paths of SPEC §5: {@code time}, node, message and event fields, {@code cluster.*},
 * and whatever the protocol module adds. Any list value has {@code .length}.
 */
public final class SessionPaths implements PathResolver {
    private static final List<String> NODE_FIELDS = List.of("up", "lamport", "vc");
    private static final List<String> MESSAGE_FIELDS = List.of("status", "from", "to", "payload", "sent", "due");
    private static final List<String> EVENT_FIELDS = List.of("node", "kind", "time", "lamport", "vc");
    private static final List<String> CLUSTER_FIELDS = List.of("inflight", "nodes", "events", "messages");

    private final Session session;
    private final HistoryLinearizability.Memo linearizability = new HistoryLinearizability.Memo();

    SessionPaths(Session session) {
        this.session = session;
    }

    @Override
    public Value resolve(String word) {
        if (word.equals("time")) return new Value.Duration(session.sim().now());
        if (word.endsWith(".length")) {
            Value list = resolve(word.substring(0, word.length() - ".length".length()));
            return list == null ? null : Value.of(list.length());
        }
        int dot = word.indexOf('.');
        String head = dot < 0 ? word : word.substring(0, dot);
        String field = dot < 0 ? null : word.substring(dot + 1);
        if (field != null && field.isEmpty()) throw new LabException("path '" + word + "' ends with '.': name a field");
        if (head.equals("cluster")) return field == null ? null : cluster(field);
        Simulation sim = session.sim();
        if (head.equals("leader") && field != null) return nodeField(session.node("leader"), field);
        if (sim.find(head).isPresent()) return field == null ? Value.text(head) : nodeField(session.node(head), field);
        if (head.matches("m\\d+") && (field != null || sim.messages().exists(Integer.parseInt(head.substring(1))))) {
            return field == null ? Value.text(head) : messageField(session.message(head), field);
        }
        if (head.matches("e\\d+") && (field != null || isEvent(head))) {
            return field == null ? Value.text(head) : eventField(session.eventEntry(head), head, field);
        }
        if (head.matches("op\\d{1,9}") && field != null) return ClientOps.field(session, head, field);
        if (head.matches("op\\d{1,9}") && ClientOps.history(session).map(h -> h.find(Integer.parseInt(head.substring(2))) != null).orElse(false)) {
            return Value.text(head);
        }
        if (field != null) {
            throw new LabException("unknown path '" + word + "' (a path starts with a node, message, event, op, 'cluster.' or is 'time'; "
                    + session.nodeList() + ")");
        }
        return null;
    }

    private boolean isEvent(String head) {
        int e = Integer.parseInt(head.substring(1));
        return e >= 1 && e <= session.sim().trace().eventCount();
    }

    /** Every path {@code show NODE} prints for a node. */
    public List<String> nodePaths(NodeId node) {
        List<String> out = new ArrayList<>();
        NODE_FIELDS.forEach(f -> out.add(node.name() + "." + f));
        ProtocolModule module = session.module();
        if (module != null) module.nodeFields(node).forEach(f -> out.add(node.name() + "." + f));
        return out;
    }

    private Value nodeField(NodeId node, String field) {
        Simulation sim = session.sim();
        switch (field) {
            case "up": return Value.of(sim.isUp(node));
            case "lamport": return Value.of(sim.lamport(node));
            case "vc": return new Value.Vector(sim.vc(node));
            default:
        }
        ProtocolModule module = session.module();
        Value v = module == null ? null : module.nodeValue(node, field);
        if (v != null) return v;
        List<String> known = new ArrayList<>(NODE_FIELDS);
        if (module != null) known.addAll(module.nodeFields(node));
        throw new LabException("unknown field '" + field + "' of " + node + " (" + node + " has: " + String.join(" ", known) + ")");
    }

    private Value messageField(int m, String field) {
        MessageTable messages = session.sim().messages();
        return switch (field) {
            case "status" -> Value.text(messages.status(m).word());
            case "from" -> Value.text(session.sim().node(messages.from(m)).name());
            case "to" -> Value.text(session.sim().node(messages.to(m)).name());
            case "payload" -> Value.text(String.valueOf(messages.payload(m)));
            case "sent" -> new Value.Duration(messages.sentAt(m));
            case "due" -> messages.dueAt(m) < 0 ? Value.NONE : new Value.Duration(messages.dueAt(m));
            default -> throw new LabException("unknown field '" + field + "' of m" + m + " (messages have: " + String.join(" ", MESSAGE_FIELDS) + ")");
        };
    }

    private Value eventField(int entry, String id, String field) {
        Trace trace = session.sim().trace();
        return switch (field) {
            case "node" -> Value.text(session.sim().node(trace.node(entry)).name());
            case "kind" -> Value.text(trace.kind(entry).word());
            case "time" -> new Value.Duration(trace.time(entry));
            case "lamport" -> Value.of(trace.lamport(entry));
            case "vc" -> new Value.Vector(trace.vc(entry, session.sim().nodes().size()));
            default -> throw new LabException("unknown field '" + field + "' of " + id + " (events have: " + String.join(" ", EVENT_FIELDS) + ")");
        };
    }

    private Value cluster(String field) {
        Simulation sim = session.sim();
        switch (field) {
            case "inflight": return Value.of(sim.messages().inflight());
            case "nodes": return new Value.ListOf(sim.nodes().stream().map(n -> Value.text(n.name())).toList());
            case "events": return Value.of(sim.trace().eventCount());
            case "messages": return Value.of(sim.messages().count());
            case "linearizable": return linearizable();
            default:
        }
        ProtocolModule module = session.module();
        Value v = module == null ? null : module.clusterValue(field);
        if (v != null) return v;
        List<String> known = new ArrayList<>(CLUSTER_FIELDS);
        if (module instanceof ClientProtocol) known.add("linearizable");
        if (module != null) known.addAll(module.clusterFields());
        throw new LabException("unknown path 'cluster." + field + "' (cluster has: " + String.join(" ", known) + ")");
    }

    /** SPEC §7: the client history so far is linearizable. */
    private Value linearizable() {
        History history = ClientOps.history(session).orElseThrow(() -> new LabException(
                "cluster.linearizable needs a protocol with clients (quorum or raft); this session runs " + session.protocolName()));
        Verdict verdict = linearizability.verdict(history);
        if (verdict == Verdict.UNKNOWN) {
            throw new LabException("cluster.linearizable: the checker gave up on these " + history.ops().size()
                    + " ops (too many concurrent ops to decide); check linearizable says more");
        }
        return Value.of(verdict == Verdict.LINEARIZABLE);
    }

    @Override
    public Relation relate(String a, String b) {
        int ea = session.eventEntry(a);
        int eb = session.eventEntry(b);
        Trace trace = session.sim().trace();
        if (ea == eb) return Relation.SAME;
        if (trace.happensBefore(ea, eb)) return Relation.BEFORE;
        if (trace.happensBefore(eb, ea)) return Relation.AFTER;
        return Relation.CONCURRENT;
    }

}
