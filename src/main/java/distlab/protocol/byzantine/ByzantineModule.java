package distlab.protocol.byzantine;

import distlab.protocol.PathSpec;
import distlab.protocol.Property;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Settings;
import distlab.protocol.Table;
import distlab.protocol.byzantine.ByzantineSettings.Algorithm;
import distlab.sim.LabException;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.sim.node.Process;
import distlab.sim.node.Protocol;
import java.util.ArrayList;
import java.util.List;

/**
 * docs/commands.md, protocol "byzantine": the Byzantine generals problem (lecture 2.2) with
 * Lamport, Shostak and Pease's algorithms OM(m) and SM(m). n1 is the commander; {@code traitor}
 * makes generals traitors, {@code order} starts the algorithm, and every lieutenant decides
 * when its m + 1 rounds are over. {@code cluster.agreement} and {@code cluster.validity} are
 * the paper's IC1 and IC2.
 */
public final class ByzantineModule implements ProtocolModule {
    /** An order that would send more messages than this is refused. */
    static final long MAX_MESSAGES = 200_000;

    static final List<PathSpec> PATHS = List.of(
            PathSpec.server("decision", "a lieutenant's decision once its rounds are over (the commander's: its order), else undecided"),
            PathSpec.server("traitor", "true for a traitor"),
            PathSpec.server("strategy", "loyal, or how it lies: lie, split, silent or random"),
            PathSpec.server("values", "OM: the values it takes the majority of, by general; SM: the set V of orders it accepted"),
            PathSpec.cluster("agreement", "all loyal lieutenants that decided decided the same (IC1)"),
            PathSpec.cluster("validity", "if the commander is loyal, every loyal lieutenant that decided obeyed its order (IC2)"),
            PathSpec.cluster("decided", "every loyal lieutenant that is up has decided"),
            PathSpec.cluster("traitors", "the traitors, in node order"),
            PathSpec.cluster("order", "the commander's order, or none yet"),
            PathSpec.cluster("algorithm", "the algorithm running, e.g. OM(1)"));

    private final ByzantineSettings settings = new ByzantineSettings();
    private final Traitors traitors = new Traitors();
    private Simulation sim;
    private Order order;

    private final Protocol<Void> generals = new Protocol<>() {
        @Override public String name() { return "byzantine"; }
        @Override public Process newProcess(NodeId node, Void storage) { return new ByzantineGeneral(settings, traitors); }
    };

    @Override public String name() { return "byzantine"; }
    @Override public void attach(Simulation simulation) { sim = simulation; }
    @Override public Protocol<Void> servers() { return generals; }
    @Override public Settings settings() { return settings.values(); }
    @Override public List<PathSpec> paths() { return PATHS; }

    @Override
    public List<Property> properties() {
        return List.of(new Property("agreement", "all loyal lieutenants decide the same (IC1; OM(m) needs n > 3m, SM(m) any n)"),
                new Property("validity", "if the commander is loyal, every loyal lieutenant obeys its order (IC2)"));
    }

    // ---- for the commands and the view ----

    Simulation sim() { return sim; }
    ByzantineSettings byzantineSettings() { return settings; }
    Traitors traitors() { return traitors; }
    Order order() { return order; }

    NodeId commander() {
        if (sim.servers().isEmpty()) throw new LabException("no generals yet: spawn some first (e.g. spawn 4 byzantine)");
        return sim.servers().get(0);
    }

    /** The {@code traitor NODE STRATEGY} command; null makes it loyal again. Returns what it did, then any warnings. */
    List<String> makeTraitor(NodeId node, Strategy strategy) {
        if (sim.kind(node) != NodeKind.SERVER) throw new LabException(node + " is not a general");
        if (order != null) throw new LabException("the order is out: traitors are chosen before it (reset to choose again)");
        traitors.set(node, strategy);
        List<String> out = new ArrayList<>();
        out.add(strategy == null ? node + " is loyal" : node + " is a traitor: " + strategy.word() + " (" + strategy.meaning() + ")");
        out.addAll(warnings());
        return out;
    }

    /** The {@code order VALUE} command: the commander sends it, and every lieutenant's m + 1 rounds start. */
    void giveOrder(Order value) {
        NodeId commander = commander();
        if (order != null) throw new LabException("the commander has already ordered " + order.word() + " (reset to start again)");
        if (!sim.isUp(commander)) throw new LabException(commander + " is down (restart " + commander + " first)");
        long messages = messageCount(sim.servers().size(), settings.m());
        if (messages > MAX_MESSAGES) {
            throw new LabException(settings.name() + " among " + sim.servers().size() + " generals would send about " + messages
                    + " messages (at most " + MAX_MESSAGES + "): lower m or spawn fewer generals");
        }
        order = value;
        long deadline = sim.now() + (settings.m() + 1L) * settings.roundMicros();
        for (NodeId n : sim.servers()) {
            if (!n.equals(commander) && sim.isUp(n)) sim.runAt(n, ctx -> general(n).armDeadline(ctx, deadline));
        }
        sim.runAt(commander, ctx -> general(commander).order(ctx, value));
    }

    /** Messages OM(m) sends among n generals: (n-1) + (n-1)(n-2) + ... over m + 1 rounds. */
    static long messageCount(int n, int m) {
        long total = 0;
        long level = 1;
        for (int k = 1; k <= m + 1 && n - k > 0; k++) {
            level = Math.min(level * (n - k), Long.MAX_VALUE / n);
            total += level;
        }
        return total;
    }

    ByzantineGeneral general(NodeId node) {
        return sim.process(node) instanceof ByzantineGeneral g ? g : null;
    }

    @Override
    public List<String> settingsChanged(List<String> keys) {
        if (order != null) throw new LabException("the algorithm is fixed once the order is out (reset first)");
        return warnings();
    }

    /** Lecture 2.2's bounds, as warnings: OM needs n > 3m, and m must cover the traitors. */
    private List<String> warnings() {
        List<String> out = new ArrayList<>();
        int n = sim == null ? 0 : sim.servers().size();
        int m = settings.m();
        int t = traitors.all().size();
        if (settings.algorithm() == Algorithm.OM && n > 0 && m > 0 && n <= 3 * m) {
            out.add("OM(" + m + ") tolerates " + m + " traitor" + (m == 1 ? "" : "s") + " only among more than " + (3 * m)
                    + " generals (there are " + n + ")");
        }
        if (t > m) out.add(t + " traitors, but " + settings.name() + " is built for at most " + m + " (config m=" + t + ")");
        return out;
    }

    // ---- paths ----

    private boolean loyalLieutenant(NodeId n) {
        return !n.equals(commander()) && !traitors.isTraitor(n);
    }

    private Order decisionOf(NodeId n) {
        if (n.equals(commander())) return order;
        ByzantineGeneral g = general(n);
        return g == null ? null : g.decision();
    }

    @Override
    public Value nodeValue(NodeId node, String field) {
        Strategy strategy = traitors.of(node);
        return switch (field) {
            case "decision" -> Value.text(decisionOf(node) == null ? "undecided" : decisionOf(node).word());
            case "traitor" -> Value.of(strategy != null);
            case "strategy" -> Value.text(strategy == null ? "loyal" : strategy.word());
            case "values" -> values(node);
            default -> null;
        };
    }

    private Value values(NodeId node) {
        ByzantineGeneral g = general(node);
        if (node.equals(commander()) || g == null) return new Value.ListOf(List.of());
        if (settings.algorithm() == Algorithm.SM) return new Value.SetOf(g.accepted().stream().map(Order::word).toList());
        return new Value.ListOf(g.topValues(node, sim.servers(), g.decision() != null).stream().map(Value::text).toList());
    }

    @Override
    public Value clusterValue(String field) {
        return switch (field) {
            case "agreement" -> Value.of(agreement());
            case "validity" -> Value.of(validity());
            case "decided" -> Value.of(sim.servers().stream().filter(n -> sim.isUp(n) && loyalLieutenant(n)).allMatch(n -> decisionOf(n) != null));
            case "traitors" -> new Value.ListOf(traitors.all().stream().map(n -> Value.text(n.name())).toList());
            case "order" -> Value.text(order == null ? "none" : order.word());
            case "algorithm" -> Value.text(settings.name());
            default -> null;
        };
    }

    /** IC1: all loyal lieutenants obey the same order (among those that have decided). */
    boolean agreement() {
        if (sim.servers().isEmpty()) return true;
        Order seen = null;
        for (NodeId n : sim.servers()) {
            Order d = loyalLieutenant(n) ? decisionOf(n) : null;
            if (d == null) continue;
            if (seen != null && d != seen) return false;
            seen = d;
        }
        return true;
    }

    /** IC2: if the commander is loyal, every loyal lieutenant obeys the order it sends. */
    boolean validity() {
        if (sim.servers().isEmpty() || order == null || traitors.isTraitor(commander())) return true;
        for (NodeId n : sim.servers()) {
            Order d = loyalLieutenant(n) ? decisionOf(n) : null;
            if (d != null && d != order) return false;
        }
        return true;
    }

    @Override
    public Table clusterTable() {
        return new ByzantineTable(this).build();
    }
}
