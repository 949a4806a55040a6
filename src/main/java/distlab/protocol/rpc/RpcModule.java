package distlab.protocol.rpc;

import distlab.protocol.PathSpec;
import distlab.protocol.Property;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Settings;
import distlab.protocol.Table;
import distlab.protocol.client.ClientProtocol;
import distlab.protocol.client.History;
import distlab.protocol.client.HistoryModel;
import distlab.protocol.client.Op;
import distlab.sim.LabException;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.sim.node.Process;
import distlab.sim.node.Protocol;
import java.util.List;
import java.util.function.Function;

/**
 * docs/commands.md, protocol "rpc": n1 (and any other server) is a payment service, and clients
 * charge cards through it with remote calls (lecture 1.3). Retries give at-least-once calls,
 * idempotency keys exactly-once effect; {@code cluster.exactlyonce} checks that no call was
 * executed twice. The services' charges and keys are stable storage; a client's call is volatile.
 */
public final class RpcModule implements ProtocolModule, ClientProtocol {
    static final List<PathSpec> PATHS = List.of(
            PathSpec.server("charged", "the sum of the charges it executed"),
            PathSpec.server("executions", "how many charges it executed"),
            PathSpec.server("keys", "the idempotency keys it executed, in order"),
            PathSpec.client("op", "the call it is making, or none"),
            PathSpec.client("attempts", "how many times it has sent that call"),
            PathSpec.op("attempts", "how many times its client sent it"),
            PathSpec.op("executions", "how many times a service executed it (2: the card was charged twice)"),
            PathSpec.op("receipt", "the receipt its client got back, or none"),
            PathSpec.op("idkey", "its idempotency key (k1 for op1) with dedup on, else none"),
            PathSpec.op("target", "the service it calls"),
            PathSpec.cluster("exactlyonce", "no call was executed more than once"),
            PathSpec.cluster("doublecharges", "the calls executed more than once"),
            PathSpec.cluster("charged", "the sum charged by every service"));

    private final History history = new History();
    private final RpcLedger ledger = new RpcLedger();
    private final RpcSettings settings = new RpcSettings();
    private Simulation sim;

    private final Protocol<ServiceStore> services = new Protocol<>() {
        @Override public String name() { return "rpc"; }
        @Override public ServiceStore newStorage(NodeId node) { return new ServiceStore(); }
        @Override public Process newProcess(NodeId node, ServiceStore storage) { return new PaymentService(storage, ledger); }
    };

    private final Protocol<Void> clients = new Protocol<>() {
        @Override public String name() { return "rpc client"; }
        @Override public Process newProcess(NodeId node, Void storage) { return new RpcClient(history, settings, ledger); }
    };

    @Override public String name() { return "rpc"; }
    @Override public void attach(Simulation simulation) { sim = simulation; }
    @Override public Protocol<ServiceStore> servers() { return services; }
    @Override public Protocol<Void> clients() { return clients; }
    @Override public History history() { return history; }
    /** A charge is no register read or write: there is no sequential model to check it against. */
    @Override public HistoryModel historyModel() { return HistoryModel.NONE; }
    @Override public Settings settings() { return settings.values(); }
    @Override public List<PathSpec> paths() { return PATHS; }

    @Override
    public List<Property> properties() {
        return List.of(new Property("exactlyonce", "no call was executed more than once: idempotency keys deduplicate retries (lecture 1.3)"));
    }

    /** The service a charge goes to: {@code --to NODE}, else the first server (n1). */
    NodeId service(String name, Function<String, NodeId> lookup) {
        if (sim.servers().isEmpty()) throw new LabException("no payment service yet: spawn one first (e.g. spawn 1 rpc)");
        if (name == null) return sim.servers().get(0);
        NodeId node = lookup.apply(name);
        if (sim.kind(node) != NodeKind.SERVER) throw new LabException(node + " is a client; --to names a payment service (" + sim.servers().get(0) + ")");
        return node;
    }

    private ServiceStore store(NodeId node) {
        return sim.storage(node, services);
    }

    @Override
    public Value nodeValue(NodeId node, String field) {
        if (sim.kind(node) == NodeKind.CLIENT) {
            RpcClient c = sim.process(node) instanceof RpcClient rc ? rc : null;
            Op op = c == null ? null : c.current();
            return switch (field) {
                case "op" -> Value.text(op == null ? "none" : op.name());
                case "attempts" -> Value.of(op == null ? 0 : c.attempt());
                default -> null;
            };
        }
        ServiceStore store = store(node);
        return switch (field) {
            case "charged" -> Value.of(store.charged());
            case "executions" -> Value.of(store.executions());
            case "keys" -> new Value.ListOf(store.keys().stream().map(Value::text).toList());
            default -> null;
        };
    }

    @Override
    public Value opValue(Op op, String field) {
        return switch (field) {
            case "attempts" -> Value.of(ledger.attempts(op.id()));
            case "executions" -> Value.of(ledger.executions(op.id()));
            case "receipt" -> Value.text(ledger.receipt(op.id()) == null ? "none" : ledger.receipt(op.id()));
            case "idkey" -> Value.text(ledger.key(op.id()) == null ? "none" : ledger.key(op.id()));
            case "target" -> Value.text(((RpcRequest.Charge) op.request()).service().name());
            default -> null;
        };
    }

    @Override
    public Value clusterValue(String field) {
        return switch (field) {
            case "exactlyonce" -> Value.of(ledger.executedTwice().isEmpty());
            case "doublecharges" -> new Value.ListOf(ledger.executedTwice().stream().map(id -> Value.text("op" + id)).toList());
            case "charged" -> Value.of(sim.servers().stream().mapToLong(n -> store(n).charged()).sum());
            default -> null;
        };
    }

    @Override
    public Table clusterTable() {
        return new RpcTable(sim, history, ledger, services).table();
    }
}
