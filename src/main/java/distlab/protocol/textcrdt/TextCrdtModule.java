package distlab.protocol.textcrdt;

import distlab.protocol.Cell;
import distlab.protocol.Majority;
import distlab.protocol.PathSpec;
import distlab.protocol.Property;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Setting;
import distlab.protocol.Settings;
import distlab.protocol.Style;
import distlab.protocol.Table;
import distlab.protocol.broadcast.BroadcastLayer;
import distlab.protocol.broadcast.BroadcastLog;
import distlab.protocol.broadcast.BroadcastOptions;
import distlab.protocol.crdt.Delivery;
import distlab.protocol.crdt.OpChecks;
import distlab.protocol.crdt.OpStream;
import distlab.protocol.crdt.Syncable;
import distlab.protocol.text.TextLimits;
import distlab.protocol.text.TextReplicas;
import distlab.protocol.text.TextViews;
import distlab.sim.LabException;
import distlab.sim.Simulation;
import distlab.sim.TraceText;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.sim.node.Process;
import distlab.sim.node.Protocol;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * docs/commands.md, protocol textcrdt: lecture 8.1's text CRDT. Every character gets a unique
 * {@link Position} between its neighbours when it is inserted, ties broken by node; edits name
 * positions, so they mean the same at every replica, and are sent by causal broadcast (a
 * delete must arrive after its insert). {@code sync} and {@code gossip} resend delivered
 * operations for a network that lost some.
 */
public final class TextCrdtModule implements ProtocolModule, TextReplicas, Syncable {
    static final List<PathSpec> PATHS = List.of(
            PathSpec.server("text", "the replica's copy of the text"),
            PathSpec.server("positions", "each character with its position (digits@creator; a digit chosen by another node names it)"),
            PathSpec.server("delivered", "the edits (broadcasts) it has delivered, in order"),
            PathSpec.server("holdback", "edits received but held back until those they depend on arrive"),
            PathSpec.cluster("converged", "every up replica has the same text"),
            PathSpec.cluster("causal", "every replica delivered each edit after those that happened before it (a delete after its insert)"),
            PathSpec.cluster("consistent", "replicas that delivered the same edits hold the same text"));
    static final Property CAUSAL = new Property("causal",
            "every replica applies an edit only after the edits that happened before it, so a delete follows its insert (delivery=any breaks it)");
    static final Property CONSISTENT = new Property("consistent",
            "replicas that delivered the same edits hold the same text (strong convergence, lecture 7.3)");

    private final Settings settings = new Settings(List.<Setting<?>>of(Delivery.SETTING));
    private final BroadcastLog log = new BroadcastLog();
    private final BroadcastOptions options = new BroadcastOptions();
    private final OpChecks checks = new OpChecks();
    private final Set<String> reported = new LinkedHashSet<>();
    private final Protocol<TextCrdtNode> nodes;
    private Simulation sim;
    private int edits;

    public TextCrdtModule() {
        this.nodes = new Protocol<>() {
            @Override public String name() { return "textcrdt"; }
            @Override public TextCrdtNode newStorage(NodeId node) { return new TextCrdtNode(new TextCrdt(node.index()), newStream(node)); }
            @Override public Process newProcess(NodeId node, TextCrdtNode storage) { return new TextCrdtProcess(storage, checks); }
        };
    }

    private OpStream newStream(NodeId node) {
        return new OpStream(node, log, options, settings.get(Delivery.SETTING));
    }

    @Override public String name() { return "textcrdt"; }

    @Override public Protocol<TextCrdtNode> servers() { return nodes; }

    @Override public void attach(Simulation simulation) { sim = simulation; }

    @Override public Settings settings() { return settings; }

    /** delivery is fixed once an edit has been made: the replicas' layers do not mix. */
    @Override
    public List<String> settingsChanged(List<String> keys) {
        if (keys.contains(Delivery.SETTING.key())) {
            if (edits > 0) {
                throw new LabException("delivery is fixed once an edit has been made (reset, and config delivery="
                        + settings.show(Delivery.SETTING.key()) + " before the first edit)");
            }
            for (NodeId node : sim.servers()) node(node).replaceStream(newStream(node));
        }
        return List.of();
    }

    // ---- editing ----

    @Override
    public void insert(NodeId node, int pos, String text) {
        TextCrdtNode n = editable(node);
        TextLimits.checkInsert(node, n.text().length(), pos, text, edits);
        int[] codePoints = text.codePoints().toArray();
        List<CharOp> ops = new ArrayList<>();
        for (int i = 0; i < codePoints.length; i++) ops.add(n.text().insert(pos + i, codePoints[i]));
        broadcast(node, n, new TextEdit(ops, "ins \"" + text + "\" " + span(ops)));
    }

    @Override
    public void delete(NodeId node, int pos, int count) {
        TextCrdtNode n = editable(node);
        TextLimits.checkDelete(node, n.text().length(), pos, count, edits);
        StringBuilder gone = new StringBuilder();
        List<CharOp> ops = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            gone.appendCodePoint(n.text().codePointAt(pos));
            ops.add(n.text().delete(pos));
        }
        broadcast(node, n, new TextEdit(ops, "del \"" + gone + "\" " + span(ops)));
    }

    private TextCrdtNode editable(NodeId node) {
        TextCrdtNode n = node(node);
        if (!sim.isUp(node)) throw new LabException(node + " is down (restart " + node + " first)");
        return n;
    }

    /** {@code 1@n1}, or {@code 1@n1..3@n1} for several characters. */
    private String span(List<CharOp> ops) {
        String first = ops.get(0).position().show(sim.servers());
        return ops.size() == 1 ? first : first + ".." + ops.get(ops.size() - 1).position().show(sim.servers());
    }

    /** The edit is applied already; the node broadcasts it (and delivers it to itself at once). */
    private void broadcast(NodeId node, TextCrdtNode n, TextEdit edit) {
        sim.runAt(node, ctx -> n.broadcast(ctx, edit));
        edits++;
    }

    @Override
    public String text(NodeId node) {
        return node(node).text().text();
    }

    TextCrdtNode node(NodeId node) {
        if (sim.kind(node) != NodeKind.SERVER) throw new LabException(node + " is not a textcrdt replica");
        return sim.storage(node, nodes);
    }

    // ---- anti-entropy ----

    /** {@code from} resends every edit it has delivered to {@code to}, in one message; returns its number. */
    @Override
    public int sync(NodeId from, NodeId to) {
        TextCrdtNode source = node(from);
        node(to);
        if (from.equals(to)) throw new LabException("a replica cannot sync to itself (FROM and TO are both " + from + ")");
        if (!sim.isUp(from)) throw new LabException(from + " is down (restart " + from + " first)");
        return sim.send(from, to, source.stream().catchup(sim.servers().size()));
    }

    @Override
    public List<Integer> gossip() {
        List<Integer> sent = new ArrayList<>();
        for (NodeId from : sim.servers()) {
            if (!sim.isUp(from)) continue;
            Object ops = node(from).stream().catchup(sim.servers().size());
            sim.runAt(from, ctx -> {
                for (NodeId to : ctx.servers()) if (!to.equals(from)) sent.add(ctx.send(to, ops));
            });
        }
        return sent;
    }

    // ---- paths, properties, views ----

    @Override public List<PathSpec> paths() { return PATHS; }

    @Override
    public Value nodeValue(NodeId node, String field) {
        if (sim.kind(node) != NodeKind.SERVER) return null;
        TextCrdtNode n = node(node);
        return switch (field) {
            case "text" -> Value.text(n.text().text());
            case "positions" -> positions(n.text());
            case "delivered" -> new Value.ListOf(log.delivered(node).stream().map(b -> Value.text(b.id())).toList());
            case "holdback" -> new Value.ListOf(n.stream().holdback(sim.servers()).stream().map(h -> Value.text(h.broadcast().id())).toList());
            default -> null;
        };
    }

    private Value positions(TextCrdt text) {
        List<Value> out = new ArrayList<>();
        List<Position> all = text.positions();
        for (int i = 0; i < all.size(); i++) {
            out.add(Value.text(new String(Character.toChars(text.codePointAt(i))) + " " + all.get(i).show(sim.servers())));
        }
        return new Value.ListOf(out);
    }

    @Override
    public Value clusterValue(String field) {
        return switch (field) {
            case "converged" -> Value.of(converged(sim));
            case "causal" -> Value.of(causalViolation() == null);
            case "consistent" -> Value.of(inconsistency() == null);
            default -> null;
        };
    }

    private String causalViolation() {
        String early = checks.outOfOrder();
        return early != null ? early : log.causalViolation();
    }

    /** Two replicas that delivered the same edits but hold different texts, or null. */
    private String inconsistency() {
        return log.sameDeliveriesDifferentStates(sim.servers(), this::text, node -> "\"" + text(node) + "\"", "edits");
    }

    @Override public List<Property> properties() { return List.of(CAUSAL, CONSISTENT); }

    @Override
    public List<String> takeNotices() {
        List<String> out = new ArrayList<>();
        String early = causalViolation();
        if (early != null && reported.add("causal")) out.add("UNSAFE: causal: " + early);
        String split = inconsistency();
        if (split != null && reported.add("consistent")) out.add("UNSAFE: consistent: " + split);
        return out;
    }

    /** One row per replica: its text (marked when it differs from most), what it holds back and why, and its delivered counts. */
    @Override
    public Table clusterTable() {
        Table.Builder table = new Table.Builder("node", "up", "text", "held back (why)", "got");
        List<String> up = new ArrayList<>();
        for (NodeId node : sim.servers()) if (sim.isUp(node)) up.add(text(node));
        String majority = Majority.of(up);
        for (NodeId node : sim.servers()) {
            TextCrdtNode n = node(node);
            boolean isUp = sim.isUp(node);
            List<String> held = new ArrayList<>();
            for (BroadcastLayer.Held h : n.stream().holdback(sim.servers())) held.add(h.broadcast().withPayload("") + " (" + h.reason() + ")");
            table.row(Cell.of(node.name(), Style.STRONG), isUp ? Cell.of("up", Style.GOOD) : Cell.of("down", Style.BAD),
                    TextViews.text(n.text().text(), isUp, majority), TextViews.marked(held),
                    Cell.of(TraceText.vector(log.got(node, sim.nodes().size()))));
        }
        return table.build();
    }
}
