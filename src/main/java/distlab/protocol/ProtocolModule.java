package distlab.protocol;

import distlab.protocol.client.Op;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.sim.node.Protocol;
import distlab.sim.snapshot.StructuralHash;
import java.util.ArrayList;
import java.util.List;

/**
 * A protocol as one session runs it: how to build its nodes, its settings, the state it exposes
 * to {@code show}/{@code expect} (declared in its path catalog), its safety properties, and its
 * table for the cluster pane. One instance per session, so a module may keep session state (a
 * history, settings). Its commands and its place in {@code help} come from its
 * {@link ProtocolPlugin}; docs/adding-a-protocol.md walks through writing one.
 */
public interface ProtocolModule {
    /** The name given to {@code spawn N NAME}. */
    String name();

    /** Builds the processes of the server nodes. */
    Protocol<?> servers();

    /** Called once, before the first nodes are spawned. */
    default void attach(Simulation sim) {}

    /**
     * Why the protocol cannot run with this many servers (the two generals problem has two), or
     * null when it can. Asked before a spawn adds any node.
     */
    default String spawnRefusal(int servers) {
        return null;
    }

    /** The protocol's {@code config} settings and their current values. */
    default Settings settings() {
        return new Settings(List.of());
    }

    /**
     * Called after {@code config} changed the given keys: throw a LabException to refuse the
     * combination (every change of that command is then put back); return warnings to print.
     */
    default List<String> settingsChanged(List<String> keys) {
        return List.of();
    }

    /** What a setting's value means now, printed after it in parentheses (e.g. {@code 2}), or null. */
    default String settingNote(String key) {
        return null;
    }

    /** Every path this protocol offers, declared once (docs/commands.md lists them). */
    default List<PathSpec> paths() {
        return List.of();
    }

    /** The concrete fields of a pattern path for this node ({@code kv.KEY} gives {@code kv.x kv.y}). */
    default List<String> expand(NodeId node, PathSpec pattern) {
        return List.of();
    }

    /** A node's field ({@code role}, {@code kv.x}), or null if this protocol has no such field. */
    default Value nodeValue(NodeId node, String field) {
        return null;
    }

    /** A cluster field ({@code leader}, {@code safe}), or null if there is none. */
    default Value clusterValue(String field) {
        return null;
    }

    /** A protocol's own field of a client operation ({@code attempts}), or null. */
    default Value opValue(Op op, String field) {
        return null;
    }

    /** A field of one of the protocol's own objects ({@code b1.sender}), or null when the id names none. */
    default Value objectValue(String id, String field) {
        return null;
    }

    /** Whether an id names one of the protocol's own objects ({@code b1}). */
    default boolean hasObject(String id) {
        return false;
    }

    /** The node fields {@code show NODE} lists: the catalog's, patterns expanded, in catalog order. */
    default List<String> nodeFields(NodeId node, NodeKind kind) {
        PathSpec.Scope scope = kind == NodeKind.CLIENT ? PathSpec.Scope.CLIENT : PathSpec.Scope.SERVER;
        List<String> out = new ArrayList<>();
        for (PathSpec p : paths()) {
            if (p.scope() != scope) continue;
            if (p.isPattern()) out.addAll(expand(node, p));
            else out.add(p.field());
        }
        return out;
    }

    /** The fields of a scope without placeholders, from the catalog ({@code cluster}, {@code OP}, objects). */
    default List<String> fields(PathSpec.Scope scope) {
        return paths().stream().filter(p -> p.scope() == scope && !p.isPattern()).map(PathSpec::field).toList();
    }

    /**
     * The protocol's safety properties: boolean cluster paths that must hold in every state
     * ({@code safe}, {@code atomic}); model checking checks each of them.
     */
    default List<Property> properties() {
        return List.of();
    }

    /**
     * A 64-bit fingerprint of the protocol's part of the state, for {@code explore}: every
     * node's process and storage, and whatever the module keeps that its properties read (a
     * checker's history). States that behave alike from here on must fingerprint alike; the
     * kernel adds which nodes are up, the messages in flight and the timers. The default hashes
     * all of it by structure, leaving out {@link distlab.sim.snapshot.NotState} fields; a
     * module may encode its state directly instead, for speed (docs/adding-a-protocol.md).
     */
    default long fingerprint(Simulation sim, StructuralHash hash) {
        return withNodes(hash.of(this), sim, hash);
    }

    /** {@code h} combined with every node's process and storage, in node order. */
    static long withNodes(long h, Simulation sim, StructuralHash hash) {
        for (NodeId id : sim.nodes()) {
            h = StructuralHash.combine(h, hash.of(sim.process(id)));
            h = StructuralHash.combine(h, hash.of(sim.storageObject(id)));
        }
        return h;
    }

    /**
     * The kernel's {@code send FROM TO PAYLOAD [--size BYTES]}: by default FROM puts the payload on
     * the network as it is. A protocol with a layer between the application and the network (a
     * link layer) takes the payload instead. Returns the number of the message FROM sent.
     */
    default int applicationSend(Simulation sim, NodeId from, NodeId to, String payload, long sizeBytes) {
        return sim.send(from, to, payload, sizeBytes);
    }

    /** The protocol's view of the cluster, one row per node. */
    Table clusterTable();

    /**
     * Lines to print once, after the command during which they arose (e.g. a broken safety
     * property); each is returned only once.
     */
    default List<String> takeNotices() {
        return List.of();
    }
}
