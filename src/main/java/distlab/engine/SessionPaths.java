package distlab.engine;

import distlab.check.HistoryLinearizability;
import distlab.check.linearizability.Verdict;
import distlab.engine.query.PathResolver;
import distlab.protocol.PathSpec;
import distlab.protocol.PathSpec.Scope;
import distlab.protocol.ProtocolModule;
import distlab.protocol.client.ClientProtocol;
import distlab.protocol.client.History;
import distlab.protocol.client.HistoryModel;
import distlab.protocol.client.Op;
import distlab.protocol.client.OpPaths;
import distlab.sim.LabException;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.net.MessageTable;
import distlab.sim.node.NodeId;
import distlab.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * The paths of {@code show} and {@code expect} (docs/commands.md, paths): {@code time}, node,
 * message, event and op fields, {@code cluster.*}, and whatever the protocol module declares.
 * Any list value has {@code .length}.
 */
public final class SessionPaths implements PathResolver {
    /** The kernel's own paths, declared once: every session has them. */
    public static final List<PathSpec> KERNEL = List.of(
            new PathSpec(Scope.NODE, "up", "true or false"),
            new PathSpec(Scope.NODE, "lamport", "Lamport clock"),
            new PathSpec(Scope.NODE, "vc", "vector clock, entries in node order"),
            new PathSpec(Scope.NODE, "clock", "its physical clock's time-of-day reading: true time + offset"),
            new PathSpec(Scope.NODE, "mono", "its monotonic clock's reading: follows drift and slews, never steps or goes backwards"),
            new PathSpec(Scope.NODE, "offset", "its clock's reading minus the true time"),
            new PathSpec(Scope.NODE, "drift", "its clock's rate error in ppm (+: it gains)"),
            new PathSpec(Scope.MESSAGE, "status", "inflight, delivered or dropped"),
            new PathSpec(Scope.MESSAGE, "from", "the sender"),
            new PathSpec(Scope.MESSAGE, "to", "the receiver"),
            new PathSpec(Scope.MESSAGE, "payload", "what it carries"),
            new PathSpec(Scope.MESSAGE, "sent", "when it was sent"),
            new PathSpec(Scope.MESSAGE, "due", "when it arrives, or none (net manual)"),
            new PathSpec(Scope.MESSAGE, "size", "bytes it puts on the wire (0: only latency counts)"),
            new PathSpec(Scope.EVENT, "node", "where it happened"),
            new PathSpec(Scope.EVENT, "kind", "send, recv, local or deliver"),
            new PathSpec(Scope.EVENT, "time", "when it happened"),
            new PathSpec(Scope.EVENT, "lamport", "its Lamport timestamp"),
            new PathSpec(Scope.EVENT, "vc", "its vector timestamp"),
            PathSpec.cluster("inflight", "messages in flight"),
            PathSpec.cluster("nodes", "every node, in node order"),
            PathSpec.cluster("events", "how many events have happened"),
            PathSpec.cluster("messages", "how many messages were sent"),
            PathSpec.cluster("skew", "the largest difference between two up nodes' clock readings"));
    /** For protocols with a history model (docs/history-checker.md). */
    public static final PathSpec LINEARIZABLE = PathSpec.cluster("linearizable", "the client history so far is linearizable");

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
        if (field != null && field.isEmpty()) throw new LabException("path '" + cut(word) + "' ends with '.': name a field");
        if (head.equals("cluster")) return field == null ? null : cluster(field);
        Simulation sim = session.sim();
        if (head.equals("leader") && field != null) return nodeField(session.node("leader"), field);
        if (sim.find(head).isPresent()) return field == null ? Value.text(head) : nodeField(session.node(head), field);
        // A bare word that names no message or event is a symbol (docs/language.md); with a field it must exist.
        if (head.matches("m\\d+") && (field != null || isMessage(head))) {
            return field == null ? Value.text(head) : messageField(session.message(head), field);
        }
        if (head.matches("e\\d+") && (field != null || isEvent(head))) {
            return field == null ? Value.text(head) : eventField(session.eventEntry(head), head, field);
        }
        if (head.matches("op\\d+") && field != null) return opField(op(head), field);
        if (head.matches("op\\d+") && findOp(head) != null) return Value.text(head);
        ProtocolModule module = session.module();
        if (module != null && module.hasObject(head)) return field == null ? Value.text(head) : objectField(module, head, field);
        if (field != null) {
            throw new LabException("unknown path '" + cut(word) + "' (a path starts with a node, message, event, op, 'cluster.' or is 'time'; "
                    + session.nodeList() + ")");
        }
        return null;
    }

    /** Every path {@code show ID} lists for a bare id (node, op, event, message, object), or null for anything else. */
    public List<String> fieldsOf(String id) {
        Simulation sim = session.sim();
        if (id.equals("leader")) return nodePaths(session.node("leader"));
        if (sim.find(id).isPresent()) return nodePaths(session.node(id));
        List<String> fields = null;
        if (id.matches("op\\d+") && findOp(id) != null) fields = opFields();
        else if (id.matches("e\\d+") && isEvent(id)) fields = fields(Scope.EVENT);
        else if (id.matches("m\\d+") && isMessage(id)) fields = fields(Scope.MESSAGE);
        else if (session.module() != null && session.module().hasObject(id)) fields = session.module().fields(Scope.OBJECT);
        return fields == null ? null : fields.stream().map(f -> id + "." + f).toList();
    }

    /** Every path {@code show NODE} prints for a node. */
    public List<String> nodePaths(NodeId node) {
        List<String> out = new ArrayList<>();
        for (String f : fields(Scope.NODE)) out.add(node.name() + "." + f);
        ProtocolModule module = session.module();
        if (module != null) module.nodeFields(node, session.sim().kind(node)).forEach(f -> out.add(node.name() + "." + f));
        return out;
    }

    private static List<String> fields(Scope scope) {
        return KERNEL.stream().filter(p -> p.scope() == scope).map(PathSpec::field).toList();
    }

    /** The fields every op has, then the protocol's own. */
    public List<String> opFields() {
        List<String> out = new ArrayList<>(OpPaths.FIELDS.stream().map(PathSpec::field).toList());
        if (session.module() != null) out.addAll(session.module().fields(Scope.OP));
        return out;
    }

    /** The cluster fields of this session. */
    public List<String> clusterFields() {
        List<String> out = new ArrayList<>(fields(Scope.CLUSTER));
        if (hasHistoryModel()) out.add(LINEARIZABLE.field());
        if (session.module() != null) out.addAll(session.module().fields(Scope.CLUSTER));
        return out;
    }

    private boolean isEvent(String head) {
        if (!head.matches("e\\d{1,9}")) return false;
        int e = Integer.parseInt(head.substring(1));
        return e >= 1 && e <= session.sim().trace().eventCount();
    }

    private boolean isMessage(String head) {
        return head.matches("m\\d{1,9}") && session.sim().messages().exists(Integer.parseInt(head.substring(1)));
    }

    private Value nodeField(NodeId node, String field) {
        Simulation sim = session.sim();
        switch (field) {
            case "up": return Value.of(sim.isUp(node));
            case "lamport": return Value.of(sim.lamport(node));
            case "vc": return new Value.Vector(sim.vc(node));
            case "clock": return new Value.Duration(sim.clock(node).reading(sim.now()));
            case "mono": return new Value.Duration(sim.clock(node).monotonic(sim.now()));
            case "offset": return new Value.Duration(sim.clock(node).offset(sim.now()));
            case "drift": return Value.of(sim.clock(node).driftPpm());
            default:
        }
        ProtocolModule module = session.module();
        Value v = module == null ? null : module.nodeValue(node, field);
        if (v != null) return v;
        List<String> known = new ArrayList<>(fields(Scope.NODE));
        if (module != null) known.addAll(module.nodeFields(node, sim.kind(node)));
        throw new LabException("unknown field '" + cut(field) + "' of " + node + " (" + node + " has: " + String.join(" ", known) + ")");
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
            case "size" -> Value.of(messages.size(m));
            default -> throw new LabException("unknown field '" + cut(field) + "' of m" + m + " (messages have: "
                    + String.join(" ", fields(Scope.MESSAGE)) + ")");
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
            default -> throw new LabException("unknown field '" + cut(field) + "' of " + id + " (events have: "
                    + String.join(" ", fields(Scope.EVENT)) + ")");
        };
    }

    private History history() {
        return session.module() instanceof ClientProtocol cp ? cp.history() : null;
    }

    private Op findOp(String id) {
        History history = history();
        if (history == null || !id.matches("op\\d{1,9}")) return null;
        return history.find(Integer.parseInt(id.substring(2)));
    }

    private Op op(String id) {
        History history = history();
        if (history == null) throw new LabException("unknown op '" + cut(id) + "' (this session has no clients)");
        Op op = findOp(id);
        if (op == null) {
            int n = history.ops().size();
            throw new LabException("unknown op '" + cut(id) + "' (" + (n == 0 ? "no ops yet" : "ops: op1..op" + n) + ")");
        }
        return op;
    }

    private Value opField(Op op, String field) {
        Value v = OpPaths.value(op, field);
        if (v == null && session.module() != null) v = session.module().opValue(op, field);
        if (v != null) return v;
        throw new LabException("unknown field '" + cut(field) + "' of " + op.name() + " (ops have: " + String.join(" ", opFields()) + ")");
    }

    private static Value objectField(ProtocolModule module, String id, String field) {
        Value v = module.objectValue(id, field);
        if (v != null) return v;
        throw new LabException("unknown field '" + cut(field) + "' of " + id + " (it has: " + String.join(" ", module.fields(Scope.OBJECT)) + ")");
    }

    private Value cluster(String field) {
        Simulation sim = session.sim();
        switch (field) {
            case "inflight": return Value.of(sim.messages().inflight());
            case "nodes": return new Value.ListOf(sim.nodes().stream().map(n -> Value.text(n.name())).toList());
            case "events": return Value.of(sim.trace().eventCount());
            case "messages": return Value.of(sim.messages().count());
            case "linearizable": return linearizable();
            case "skew": return new Value.Duration(skew(sim));
            default:
        }
        ProtocolModule module = session.module();
        Value v = module == null ? null : module.clusterValue(field);
        if (v != null) return v;
        throw new LabException("unknown path 'cluster." + cut(field) + "' (cluster has: " + String.join(" ", clusterFields()) + ")");
    }

    /** Lecture 3.1: skew is the difference between two clocks' readings at one moment; this is the largest. */
    private static long skew(Simulation sim) {
        long low = Long.MAX_VALUE, high = Long.MIN_VALUE;
        for (NodeId node : sim.nodes()) {
            if (!sim.isUp(node)) continue;
            long reading = sim.clock(node).reading(sim.now());
            low = Math.min(low, reading);
            high = Math.max(high, reading);
        }
        return high < low ? 0 : high - low;
    }

    private boolean hasHistoryModel() {
        return session.module() instanceof ClientProtocol cp && cp.historyModel() != HistoryModel.NONE;
    }

    /** The client history so far is linearizable (docs/history-checker.md). */
    private Value linearizable() {
        if (!hasHistoryModel()) {
            throw new LabException("cluster.linearizable needs a protocol whose clients' history has a model (quorum or raft); this session runs "
                    + session.protocolName());
        }
        History history = history();
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

    private static String cut(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
