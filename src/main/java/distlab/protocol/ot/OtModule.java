package distlab.protocol.ot;

import distlab.protocol.Cell;
import distlab.protocol.Majority;
import distlab.protocol.PathSpec;
import distlab.protocol.Property;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Settings;
import distlab.protocol.Style;
import distlab.protocol.Table;
import distlab.protocol.text.TextLimits;
import distlab.protocol.text.TextReplicas;
import distlab.protocol.text.TextViews;
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
 * docs/commands.md, protocol ot: collaborative editing by operational transformation with a
 * central server (lecture 8.1; Jupiter, Nichols et al. 1995, the scheme of Google Docs). The
 * first node is the server; every other node is a client editing its own copy of the text.
 * {@code config transform=off} applies every edit at its indexes as it comes, which is where
 * the lecture starts: the copies diverge.
 */
public final class OtModule implements ProtocolModule, TextReplicas {
    static final List<PathSpec> PATHS = List.of(
            PathSpec.server("text", "the node's copy of the text"),
            PathSpec.server("role", "server (the first node: it orders and transforms edits) or client"),
            PathSpec.server("pending", "its edits not yet acknowledged, as transformed so far (a server's: per client)"),
            PathSpec.server("asis", "edits it applied untransformed although it had concurrent edits pending (transform=off)"),
            PathSpec.cluster("converged", "every up node has the same text"),
            PathSpec.cluster("consistent", "a client and the server that have processed the same edits have the same text"));
    static final Property CONSISTENT = new Property("consistent",
            "a client and the server that have processed the same edits hold the same text (Jupiter's convergence; TP1)");

    private final OtSettings settings = new OtSettings();
    private final Protocol<OtNode> nodes;
    private Simulation sim;
    private int edits;
    private boolean reported;

    public OtModule() {
        this.nodes = new Protocol<>() {
            @Override public String name() { return "ot"; }
            @Override public OtNode newStorage(NodeId node) { return new OtNode(node.index() == 0, settings); }
            @Override public Process newProcess(NodeId node, OtNode storage) { return new OtProcess(storage); }
        };
    }

    @Override public String name() { return "ot"; }

    @Override public Protocol<OtNode> servers() { return nodes; }

    @Override public void attach(Simulation simulation) { sim = simulation; }

    @Override public Settings settings() { return settings.values(); }

    /** Clients join before the first edit: a late client would start from an empty text the server never sent it. */
    @Override
    public String spawnRefusal(int servers) {
        return edits > 0 ? "ot: every client joins before the first edit (reset to start again with more nodes)" : null;
    }

    /** transform is fixed once edits exist: pending edits of the two kinds do not mix. */
    @Override
    public List<String> settingsChanged(List<String> keys) {
        if (keys.contains(OtSettings.TRANSFORM.key()) && edits > 0) {
            throw new LabException("transform is fixed once an edit has been made (reset, and config transform="
                    + (settings.transform() ? "on" : "off") + " before the first edit)");
        }
        return List.of();
    }

    // ---- editing ----

    @Override
    public void insert(NodeId node, int pos, String text) {
        OtNode n = node(node);
        int length = length(n.text());
        TextLimits.checkInsert(node, length, pos, text, edits);
        edit(node, n, TextOp.insert(length, pos, text, node.index()));
    }

    @Override
    public void delete(NodeId node, int pos, int count) {
        OtNode n = node(node);
        int length = length(n.text());
        TextLimits.checkDelete(node, length, pos, count, edits);
        edit(node, n, TextOp.delete(length, pos, count, node.index()));
    }

    private void edit(NodeId node, OtNode n, TextOp op) {
        if (!sim.isUp(node)) throw new LabException(node + " is down (restart " + node + " first)");
        sim.runAt(node, ctx -> n.localEdit(ctx, op, OtNode.peers(ctx, n.isServer())));
        edits++;
    }

    @Override
    public String text(NodeId node) {
        return node(node).text();
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    OtNode node(NodeId node) {
        if (sim.kind(node) != NodeKind.SERVER) throw new LabException(node + " is not an ot node");
        return sim.storage(node, nodes);
    }

    // ---- paths, properties, views ----

    @Override public List<PathSpec> paths() { return PATHS; }

    @Override
    public Value nodeValue(NodeId node, String field) {
        if (sim.kind(node) != NodeKind.SERVER) return null;
        OtNode n = node(node);
        return switch (field) {
            case "text" -> Value.text(n.text());
            case "role" -> Value.text(n.isServer() ? "server" : "client");
            case "pending" -> new Value.ListOf(n.pending().stream().map(Value::text).toList());
            case "asis" -> Value.of(n.asIs());
            default -> null;
        };
    }

    @Override
    public Value clusterValue(String field) {
        return switch (field) {
            case "converged" -> Value.of(converged(sim));
            case "consistent" -> Value.of(inconsistency() == null);
            default -> null;
        };
    }

    /**
     * The first client whose text differs from the server's although both ends of their link
     * have processed the same edits: each has taken every edit the other generated. Null if none.
     */
    private String inconsistency() {
        List<NodeId> servers = sim.servers();
        if (servers.size() < 2) return null;
        NodeId hub = servers.get(0);
        OtNode server = node(hub);
        for (NodeId client : servers.subList(1, servers.size())) {
            OtNode c = node(client);
            int[] down = counts(server.existingLink(client));
            int[] up = counts(c.existingLink(hub));
            if (down[1] == up[0] && up[1] == down[0] && !c.text().equals(server.text())) {
                return client + " and " + hub + " have processed the same " + (up[0] + down[0]) + " edits but hold \""
                        + c.text() + "\" and \"" + server.text() + "\"";
            }
        }
        return null;
    }

    /** A link end's (generated, received), zeros before anything went over it. */
    private static int[] counts(JupiterLink link) {
        return link == null ? new int[2] : new int[] {link.generated, link.received};
    }

    @Override public List<Property> properties() { return List.of(CONSISTENT); }

    @Override
    public List<String> takeNotices() {
        if (reported) return List.of();
        String why = inconsistency();
        if (why == null) return List.of();
        reported = true;
        return List.of("UNSAFE: consistent: " + why);
    }

    /** One row per node: role, text (marked when it differs from most), pending edits, and edits applied as is. */
    @Override
    public Table clusterTable() {
        Table.Builder table = new Table.Builder("node", "role", "text", "pending (unacknowledged)", "as is");
        List<String> up = new ArrayList<>();
        for (NodeId node : sim.servers()) if (sim.isUp(node)) up.add(node(node).text());
        String majority = Majority.of(up);
        for (NodeId node : sim.servers()) {
            OtNode n = node(node);
            boolean isUp = sim.isUp(node);
            table.row(Cell.of(node.name(), Style.STRONG),
                    isUp ? Cell.of(n.isServer() ? "server" : "client", Style.GOOD) : Cell.of("down", Style.BAD),
                    TextViews.text(n.text(), isUp, majority), TextViews.marked(n.pending()),
                    n.asIs() == 0 ? Cell.of("0", Style.DIM) : Cell.of(Integer.toString(n.asIs()), Style.BAD));
        }
        return table.build();
    }
}
