package distlab.protocol.ntp;

import distlab.protocol.PathSpec;
import distlab.protocol.Property;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Settings;
import distlab.protocol.Table;
import distlab.sim.LabException;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;
import distlab.sim.node.Protocol;
import java.util.List;

/**
 * docs/commands.md, protocol "ntp": nodes whose physical clocks drift and are synchronised
 * (lecture 3.2). The first node is the stratum-1 time server; {@code ntp CLIENT [SERVER]} runs
 * one exchange, {@code berkeley MASTER} one Berkeley round, {@code config poll=} repeats
 * exchanges. One instance per session.
 */
public final class NtpModule implements ProtocolModule {
    private final NtpSettings settings = new NtpSettings();
    private final Polling polling = new Polling();
    private final Referee referee = new Referee();
    private final NtpPaths paths = new NtpPaths(this);
    private Simulation sim;

    private final Protocol<SyncLog> nodes = new Protocol<>() {
        @Override public String name() { return "ntp"; }
        @Override public SyncLog newStorage(NodeId node) { return new SyncLog(); }
        @Override public Process newProcess(NodeId node, SyncLog log) { return new SyncNode(settings, polling, log, referee); }
    };

    @Override public String name() { return "ntp"; }

    @Override public Protocol<SyncLog> servers() { return nodes; }

    @Override
    public void attach(Simulation simulation) {
        sim = simulation;
        referee.attach(simulation);
    }

    @Override public Settings settings() { return settings.values(); }

    /** A new poll period takes effect at once: a new epoch of poll timers at every up client. */
    @Override
    public List<String> settingsChanged(List<String> keys) {
        if (keys.contains(NtpSettings.POLL.key())) polling.restart(sim, settings.poll());
        return List.of();
    }

    @Override public List<PathSpec> paths() { return NtpPaths.CATALOG; }

    @Override public Value nodeValue(NodeId node, String field) { return paths.node(node, field); }

    @Override public Value clusterValue(String field) { return paths.cluster(field); }

    @Override
    public List<Property> properties() {
        return List.of(new Property("withinbound", "every exchange's estimate lay within δ/2 of the true offset (lecture 3.2);"
                + " only drift, or a clock set, during an exchange can break it"));
    }

    @Override public Table clusterTable() { return new NtpTable(this).build(); }

    // ---- for paths, views and commands ----

    Simulation sim() { return sim; }
    Referee referee() { return referee; }
    SyncLog log(NodeId node) { return sim.storage(node, nodes); }

    /** The first node: the stratum-1 server. */
    NodeId timeServer() {
        if (sim.servers().isEmpty()) throw new LabException("there are no nodes yet (spawn 3 ntp first)");
        return sim.servers().get(0);
    }

    /** The {@code ntp CLIENT [SERVER]} command: the client sends its request now. Returns the message. */
    int exchange(NodeId client, NodeId server) {
        NodeId to = server == null ? timeServer() : server;
        if (client.equals(to)) {
            throw new LabException(client + " cannot ask itself for the time: give a client and a server (e.g. ntp "
                    + (sim.servers().size() > 1 ? sim.servers().get(1) : "n2") + " " + timeServer() + ")");
        }
        SyncNode node = process(client);
        int[] sent = new int[1];
        sim.runAt(client, ctx -> sent[0] = node.startExchange(ctx, to));
        return sent[0];
    }

    /** The {@code berkeley MASTER} command: the master polls every other node now. */
    void berkeley(NodeId master) {
        if (sim.servers().size() < 2) throw new LabException("the Berkeley algorithm needs at least two nodes (spawn 3 ntp)");
        SyncNode node = process(master);
        sim.runAt(master, node::startBerkeley);
    }

    private SyncNode process(NodeId node) {
        if (!(sim.process(node) instanceof SyncNode s)) throw new LabException(node + " is down (restart " + node + " first)");
        return s;
    }
}
