package distlab.sim.node;

/** Builds the processes of one protocol's nodes. */
public interface Protocol {
    String name();

    /** Stable storage that survives crashes, created once per node; null when there is none. */
    default Object newStorage(NodeId node) {
        return null;
    }

    /** A fresh process with empty volatile state, on spawn and on every restart. */
    Process newProcess(NodeId node, Object storage);
}
