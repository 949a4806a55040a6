package distlab.protocol.spanner;

import distlab.protocol.client.Request;
import distlab.sim.SimTime;
import distlab.sim.node.NodeId;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What a Spanner client asks a node for (lecture 8.2): a read-write transaction, or a snapshot read. */
sealed interface SpannerRequest extends Request {
    /** The node that runs it (its clock gives the timestamp). */
    NodeId at();

    /** Write every KEY=VALUE at node {@code at}, as one transaction with one commit timestamp. */
    record Txn(NodeId at, Map<String, String> writes) implements SpannerRequest {
        public Txn {
            writes = new TreeMap<>(writes); // sorted, never changed after
        }

        @Override public String verb() { return "txn"; }
        @Override public String key() { return ""; }

        @Override
        public String describe() {
            return "txn " + writes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")) + " at " + at;
        }
    }

    /** Read {@code key} at node {@code at} as of snapshot timestamp {@code ts}; -1: TT.now().latest when it arrives. */
    record Read(NodeId at, String key, long ts) implements SpannerRequest {
        static final long NOW = -1;

        @Override public String verb() { return "read"; }

        @Override
        public String describe() {
            return "read " + key + " at " + at + (ts == NOW ? "" : " ts=" + SimTime.format(ts));
        }
    }
}
