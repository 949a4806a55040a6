package distlab.protocol.broadcast;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One node's broadcast state: its layer and, with {@code apply=kv}, the store its deliveries
 * build (lecture 5.3). It is the node's storage, as if logged to disk: it survives crash and
 * restart, and a node that was down has simply missed the messages sent to it meanwhile.
 */
final class BroadcastNode {
    private BroadcastLayer layer;
    private final Map<String, String> store = new TreeMap<>();

    BroadcastNode(BroadcastLayer layer) {
        this.layer = layer;
    }

    BroadcastLayer layer() {
        return layer;
    }

    /** A fresh layer (another total order algorithm), allowed only before anything was broadcast. */
    void replaceLayer(BroadcastLayer fresh) {
        layer = fresh;
    }

    Map<String, String> store() {
        return store;
    }

    /** Applies delivered payloads to the store, in delivery order (apply=kv). */
    void apply(List<Broadcast> delivered, boolean kv) {
        if (!kv) return;
        for (Broadcast b : delivered) {
            if (b.payload() instanceof String text) KvUpdate.parse(text).applyTo(store);
        }
    }
}
