package distlab.protocol.rpc;

import distlab.protocol.Cell;
import distlab.protocol.Style;
import distlab.protocol.Table;
import distlab.protocol.client.History;
import distlab.protocol.client.Op;
import distlab.sim.Simulation;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.sim.node.Protocol;
import java.util.List;

/**
 * The cluster pane for rpc: per service what it charged, in how many executions, and the keys
 * it remembers; per client its current (or last) call, the attempts it took and how it ended.
 * A call executed more than once is marked.
 */
final class RpcTable {
    /** A service row lists at most this many of its newest keys. */
    private static final int MAX_KEYS_SHOWN = 6;

    private final Simulation sim;
    private final History history;
    private final RpcLedger ledger;
    private final Protocol<ServiceStore> services;

    RpcTable(Simulation sim, History history, RpcLedger ledger, Protocol<ServiceStore> services) {
        this.sim = sim;
        this.history = history;
        this.ledger = ledger;
        this.services = services;
    }

    Table table() {
        Table.Builder table = new Table.Builder("node", "up", "charged / call", "executions / status", "keys / attempts");
        for (NodeId id : sim.nodes()) {
            Cell name = Cell.of(id.name(), Style.STRONG);
            Cell up = sim.isUp(id) ? Cell.of("up", Style.GOOD) : Cell.of("down", Style.BAD);
            if (sim.kind(id) == NodeKind.SERVER) {
                ServiceStore store = sim.storage(id, services);
                table.row(name, up, Cell.of(Long.toString(store.charged())), Cell.of(store.executions() + " executed"), keys(store.keys()));
            } else {
                table.row(clientRow(id, name, up));
            }
        }
        return table.build();
    }

    private static Cell keys(List<String> keys) {
        if (keys.isEmpty()) return Cell.of("(no keys)", Style.DIM);
        List<String> shown = keys.subList(Math.max(0, keys.size() - MAX_KEYS_SHOWN), keys.size());
        return Cell.of((shown.size() < keys.size() ? "… " : "") + String.join(" ", shown));
    }

    private List<Cell> clientRow(NodeId client, Cell name, Cell up) {
        Op last = null;
        for (Op op : history.ops()) if (op.client().equals(client) && op.invoked()) last = op;
        if (last == null) return List.of(name, up, Cell.of("(idle)", Style.DIM), Cell.of(""), Cell.of(""));
        Cell call = Cell.of(last.name() + " " + last.describe() + " -> " + ((RpcRequest.Charge) last.request()).service());
        Cell attempts = Cell.of(ledger.attempts(last.id()) + (ledger.attempts(last.id()) == 1 ? " attempt" : " attempts"));
        return List.of(name, up, call, status(last), attempts);
    }

    private Cell status(Op op) {
        int executions = ledger.executions(op.id());
        String twice = executions > 1 ? ", executed " + executions + "x" : "";
        return switch (op.status()) {
            case PENDING -> Cell.of("pending" + twice, executions > 1 ? Style.BAD : Style.WARN);
            case OK -> Cell.of("ok " + ledger.receipt(op.id()) + twice, executions > 1 ? Style.BAD : Style.GOOD);
            case FAILED -> Cell.of("failed (" + op.error() + ")" + twice, Style.BAD);
        };
    }
}
