package distlab.engine;

import distlab.protocol.ProtocolModule;
import distlab.protocol.client.ClientProcess;
import distlab.protocol.client.ClientProtocol;
import distlab.protocol.client.History;
import distlab.protocol.client.Op;
import distlab.sim.LabException;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import java.util.List;
import java.util.Optional;

/** Issues client operations (put, get, cas) and answers {@code OP.*} paths. */
public final class ClientOps {
    private ClientOps() {}

    /** The session's client protocol, or an error naming the protocols that have clients. */
    public static ClientProtocol protocol(Session session, String kind) {
        ProtocolModule module = session.module();
        if (module instanceof ClientProtocol cp && cp.operations().contains(kind)) return cp;
        if (module instanceof ClientProtocol cp) {
            throw new LabException(module.name() + " has no " + kind + " operation (its clients do: " + String.join(" ", cp.operations())
                    + ")" + (kind.equals("cas") ? "; compare-and-set needs consensus: reset, then e.g. spawn 3 raft" : ""));
        }
        throw new LabException(kind + " needs a protocol with clients (quorum or raft); this session runs " + session.protocolName()
                + (module == null ? " (e.g. spawn 3 quorum)" : " (reset, then e.g. spawn 3 quorum)"));
    }

    /** The session's history, if its protocol has clients. */
    public static Optional<History> history(Session session) {
        return session.module() instanceof ClientProtocol cp ? Optional.of(cp.history()) : Optional.empty();
    }

    /** Creates the op and hands it to its client (created on first use); returns it. */
    public static Op submit(Session session, String clientName, String kind, String key, List<String> args) {
        ClientProtocol cp = protocol(session, kind);
        checkWord(key, "key");
        args.forEach(a -> checkWord(a, "value"));
        if (!args.isEmpty() && args.get(args.size() - 1).equals("none")) {
            throw new LabException("'none' cannot be written: it means never written (use another word)");
        }
        NodeId client = client(session, cp, clientName);
        Simulation sim = session.sim();
        Op op = cp.history().create(client, kind, key, args);
        sim.runAt(client, ctx -> ((ClientProcess) sim.process(client)).submit(ctx, op));
        return op;
    }

    private static NodeId client(Session session, ClientProtocol cp, String name) {
        Simulation sim = session.sim();
        Optional<NodeId> existing = sim.find(name);
        if (existing.isPresent()) {
            if (sim.kind(existing.get()) != NodeKind.CLIENT) throw new LabException(name + " is a server, not a client (clients are c1, c2, ...)");
            if (!sim.isUp(existing.get())) throw new LabException(name + " is down (restart " + name + " first)");
            return existing.get();
        }
        if (!name.matches("c[1-9]\\d{0,3}")) throw new LabException("bad client '" + name + "': clients are named c1, c2, ...");
        if (sim.servers().isEmpty()) throw new LabException("no servers yet: spawn some first (e.g. spawn 3 quorum)");
        return sim.spawn(List.of(name), NodeKind.CLIENT, cp.clients()).get(0);
    }

    private static void checkWord(String word, String what) {
        if (!word.matches("[A-Za-z0-9_\\-]{1,32}")) {
            throw new LabException("bad " + what + " '" + word + "': use letters, digits, _ or - (at most 32)");
        }
    }

    /** {@code op1 put x 1 (c1): ok}, {@code op2 get x (c2): ok, read 1}. */
    public static String describe(Op op) {
        String head = op.name() + " " + op.describe() + " (" + op.client() + "): ";
        return switch (op.status()) {
            case PENDING -> head + (op.invoked() ? "pending" : "waiting for " + op.client() + "'s previous op");
            case OK -> head + "ok" + (op.value() == null ? "" : ", read " + op.value());
            case FAILED -> head + "failed" + (op.error() == null ? "" : " (" + op.error() + ")");
        };
    }

    /** The {@code OP.field} paths. */
    public static Value field(Session session, String id, String field) {
        History history = history(session).orElseThrow(() -> new LabException("unknown op '" + id + "' (this session has no clients)"));
        Op op = history.find(Integer.parseInt(id.substring(2)));
        if (op == null) {
            int n = history.ops().size();
            throw new LabException("unknown op '" + id + "' (" + (n == 0 ? "no ops yet" : "ops: op1..op" + n) + ")");
        }
        return switch (field) {
            case "status" -> Value.text(op.status().name().toLowerCase(java.util.Locale.ROOT));
            case "value" -> Value.text(op.value() == null ? "none" : op.value());
            case "client" -> Value.text(op.client().name());
            case "kind" -> Value.text(op.kind());
            case "key" -> Value.text(op.key());
            case "error" -> Value.text(op.error() == null ? "none" : op.error());
            case "invoked" -> op.invoked() ? new Value.Duration(op.invokeTime()) : Value.NONE;
            case "completed" -> op.status() == Op.Status.PENDING ? Value.NONE : new Value.Duration(op.completeTime());
            default -> throw new LabException("unknown field '" + field + "' of " + id
                    + " (ops have: status value client kind key error invoked completed)");
        };
    }
}
