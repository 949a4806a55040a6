package distlab.protocol.twopc;

import distlab.protocol.client.Request;
import distlab.sim.node.NodeId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A client's transaction ({@code txn n2:x=1 n3:y=2}): writes at participants, which commit
 * all together or not at all (lecture 7.1). Its op id names it.
 */
record Transaction(List<Write> writes) implements Request {
    Transaction {
        writes = List.copyOf(writes);
    }

    @Override public String verb() { return "txn"; }

    @Override public String key() { return ""; }

    @Override
    public String describe() {
        return "txn " + writes.stream().map(Write::toString).collect(Collectors.joining(" "));
    }

    /** The participants R, in node order. */
    List<NodeId> participants() {
        return List.copyOf(new TreeSet<>(writes.stream().map(Write::node).toList()));
    }

    /** What the transaction writes at one participant, by key. */
    Map<String, String> writesAt(NodeId node) {
        Map<String, String> out = new TreeMap<>();
        for (Write w : writes) if (w.node().equals(node)) out.put(w.key(), w.value());
        return out;
    }
}
