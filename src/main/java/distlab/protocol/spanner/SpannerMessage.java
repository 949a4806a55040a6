package distlab.protocol.spanner;

import distlab.sim.SimTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What Spanner's clients and nodes send each other, one record per message; ops are named by number. */
sealed interface SpannerMessage {
    record TxnRequest(int op, Map<String, String> writes) implements SpannerMessage {
        public TxnRequest {
            writes = new TreeMap<>(writes);
        }

        @Override
        public String toString() {
            return "txn op" + op + " " + writes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        }
    }

    /** The transaction committed with timestamp {@code ts} (after commit wait, when on). */
    record Committed(int op, long ts) implements SpannerMessage {
        @Override public String toString() { return "op" + op + " committed ts=" + SimTime.format(ts); }
    }

    /** A snapshot read; {@code ts} -1 means TT.now().latest at the node. */
    record ReadRequest(int op, String key, long ts) implements SpannerMessage {
        @Override
        public String toString() {
            return "read op" + op + " " + key + (ts == SpannerRequest.Read.NOW ? "" : " ts=" + SimTime.format(ts));
        }
    }

    /** What the read saw at its snapshot timestamp ({@code none}: no version at or before it). */
    record ReadReply(int op, String value, long ts) implements SpannerMessage {
        @Override public String toString() { return "op" + op + " read " + value + " ts=" + SimTime.format(ts); }
    }
}
