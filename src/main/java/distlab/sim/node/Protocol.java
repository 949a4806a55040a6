package distlab.sim.node;

/**
 * Builds the processes of one protocol's nodes, around stable storage of type S (use
 * {@link Void} and return null when the protocol keeps nothing across crashes). A module keeps
 * one instance per kind of node, so {@code Simulation.storage} can hand the storage back typed.
 */
public interface Protocol<S> {
    String name();

    /** Stable storage that survives crashes, created once per node; null when there is none. */
    default S newStorage(NodeId node) {
        return null;
    }

    /** A fresh process with empty volatile state, on spawn and on every restart. */
    Process newProcess(NodeId node, S storage);
}
