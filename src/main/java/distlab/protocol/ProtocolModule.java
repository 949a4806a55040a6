package distlab.protocol;

import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.Protocol;
import java.util.List;

/**
 * Everything the engine needs from one protocol: how to build its nodes, its settings, the
 * state it exposes to {@code show}/{@code expect}, and its table for the cluster pane.
 * A new protocol is a new module; the kernel and the front ends do not change.
 * One instance per session, so a module may keep session state (a history, a config).
 */
public interface ProtocolModule {
    /** The name given to {@code spawn N NAME}. */
    String name();

    /** One line for {@code help} and errors. */
    String summary();

    /** Builds the processes of the server nodes. */
    Protocol servers();

    /** Called once, before the first nodes are spawned. */
    default void attach(Simulation sim) {}

    /** Protocol settings for {@code config}. */
    default List<Param> params() {
        return List.of();
    }

    /** Warnings about the current settings, printed after {@code config} changes them. */
    default List<String> configWarnings() {
        return List.of();
    }

    /** A node's field ({@code role}, {@code kv.x}), or null if this protocol has no such field. */
    default Value nodeValue(NodeId node, String field) {
        return null;
    }

    /** The node fields {@code show NODE} lists, in a useful order. */
    default List<String> nodeFields(NodeId node) {
        return List.of();
    }

    /** A cluster field ({@code leader}, {@code safe}), or null if there is none. */
    default Value clusterValue(String field) {
        return null;
    }

    default List<String> clusterFields() {
        return List.of();
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
