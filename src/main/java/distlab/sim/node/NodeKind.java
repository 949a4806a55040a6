package distlab.sim.node;

/** Servers run the session's protocol; clients issue operations against them. */
public enum NodeKind {
    SERVER,
    CLIENT
}
