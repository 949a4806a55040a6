package distlab.protocol.fd;

import distlab.protocol.Cell;
import distlab.protocol.PathSpec;
import distlab.protocol.Property;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Settings;
import distlab.protocol.Style;
import distlab.protocol.Table;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;
import distlab.sim.node.Protocol;
import java.util.ArrayList;
import java.util.List;

/**
 * docs/commands.md, protocol "fd": every node runs a heartbeat failure detector (lecture 2.4).
 * The cluster's paths say whether the detectors are complete (every crashed node suspected by
 * every up node) and accurate (no up node suspected), and count false suspicions.
 */
public final class FdModule implements ProtocolModule {
    static final List<PathSpec> PATHS = List.of(
            PathSpec.server("suspects", "the nodes it suspects, in node order"),
            PathSpec.server("timeout.NODE", "how long a silence of NODE it waits for before suspecting it"),
            PathSpec.cluster("falsesuspicions", "suspicions so far of a node that was up"),
            PathSpec.cluster("suspicions", "suspicions so far"),
            PathSpec.cluster("complete", "every crashed node is suspected by every up node"),
            PathSpec.cluster("accurate", "no up node suspects an up node"));

    private final FdSettings settings = new FdSettings();
    private Simulation sim;
    private FdLedger ledger;

    private final Protocol<Void> nodes = new Protocol<>() {
        @Override public String name() { return "fd"; }
        @Override public Process newProcess(NodeId node, Void storage) { return new FdProcess(settings, ledger); }
    };

    @Override public String name() { return "fd"; }

    @Override
    public void attach(Simulation simulation) {
        sim = simulation;
        ledger = new FdLedger(simulation);
    }

    @Override public Protocol<Void> servers() { return nodes; }
    @Override public Settings settings() { return settings.values(); }
    @Override public List<PathSpec> paths() { return PATHS; }

    @Override
    public List<Property> properties() {
        return List.of(new Property("accurate", "no up node suspects an up node: a perfect detector's strong accuracy, which a timeout"
                + " gives only on a synchronous network (heartbeat + the latency bound < timeout)"));
    }

    /** A new heartbeat interval applies at once; a new timeout from each node's next heartbeat. */
    @Override
    public List<String> settingsChanged(List<String> keys) {
        if (keys.contains("heartbeat")) {
            for (NodeId n : sim.servers()) {
                HeartbeatDetector d = detector(n);
                if (d != null) sim.runAt(n, d::heartbeatChanged);
            }
        }
        List<String> out = new ArrayList<>();
        if (settings.timeoutMicros() <= settings.heartbeatMicros()) {
            out.add("timeout " + SimTime.format(settings.timeoutMicros()) + " <= heartbeat " + SimTime.format(settings.heartbeatMicros())
                    + ": nodes will be suspected between any two heartbeats");
        }
        return out;
    }

    /** The node's detector, or null while it is down. */
    HeartbeatDetector detector(NodeId node) {
        return sim.process(node) instanceof FdProcess p ? p.detector() : null;
    }

    @Override
    public List<String> expand(NodeId node, PathSpec pattern) {
        List<String> out = new ArrayList<>();
        for (NodeId peer : sim.servers()) if (!peer.equals(node)) out.add("timeout." + peer);
        return out;
    }

    @Override
    public Value nodeValue(NodeId node, String field) {
        HeartbeatDetector d = detector(node);
        if (field.equals("suspects")) {
            return new Value.ListOf(d == null ? List.of() : d.suspects().stream().map(n -> Value.text(n.name())).toList());
        }
        if (field.equals("timeout")) throw new LabException(node + ".timeout needs a node: " + node + ".timeout.NODE");
        if (!field.startsWith("timeout.")) return null;
        String name = field.substring("timeout.".length());
        NodeId peer = sim.find(name).orElseThrow(() -> new LabException("unknown node '" + name + "' in " + node + "." + field));
        if (peer.equals(node)) throw new LabException(node + " does not watch itself (" + node + ".timeout.NODE names another node)");
        return new Value.Duration(d == null ? settings.timeoutMicros() : d.timeoutOf(peer));
    }

    @Override
    public Value clusterValue(String field) {
        return switch (field) {
            case "falsesuspicions" -> Value.of(ledger.falseSuspicions());
            case "suspicions" -> Value.of(ledger.suspicions());
            case "complete" -> Value.of(complete());
            case "accurate" -> Value.of(accurate());
            default -> null;
        };
    }

    /** Every crashed node is suspected by every up node (Chandra and Toueg's completeness, now). */
    private boolean complete() {
        for (NodeId watcher : sim.servers()) {
            HeartbeatDetector d = detector(watcher);
            if (d == null) continue;
            for (NodeId n : sim.servers()) if (!sim.isUp(n) && !d.suspects(n)) return false;
        }
        return true;
    }

    /** No up node suspects an up node (strong accuracy, now). */
    private boolean accurate() {
        for (NodeId watcher : sim.servers()) {
            HeartbeatDetector d = detector(watcher);
            if (d == null) continue;
            for (NodeId n : d.suspects()) if (sim.isUp(n)) return false;
        }
        return true;
    }

    /** Who suspects whom: a row per node, a column per node it watches, each with its timeout. */
    @Override
    public Table clusterTable() {
        List<String> headers = new ArrayList<>(List.of("node", "up"));
        for (NodeId n : sim.servers()) headers.add(n.name());
        Table.Builder table = new Table.Builder(headers.toArray(String[]::new));
        for (NodeId watcher : sim.servers()) {
            HeartbeatDetector d = detector(watcher);
            List<Cell> row = new ArrayList<>(List.of(Cell.of(watcher.name(), Style.STRONG),
                    d == null ? Cell.of("down", Style.BAD) : Cell.of("up", Style.GOOD)));
            for (NodeId peer : sim.servers()) {
                if (peer.equals(watcher) || d == null) row.add(Cell.of("-", Style.DIM));
                else if (d.suspects(peer)) row.add(Cell.of("suspect " + SimTime.format(d.timeoutOf(peer)), sim.isUp(peer) ? Style.WARN : Style.BAD));
                else row.add(Cell.of("ok " + SimTime.format(d.timeoutOf(peer))));
            }
            table.row(row);
        }
        return table.build();
    }
}
