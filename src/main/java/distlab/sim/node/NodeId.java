package distlab.sim.node;

/** A node's name and its place in node order (creation order, docs/language.md, names). */
public record NodeId(int index, String name) implements Comparable<NodeId> {
    @Override
    public int compareTo(NodeId other) {
        return Integer.compare(index, other.index);
    }

    @Override
    public String toString() {
        return name;
    }
}
