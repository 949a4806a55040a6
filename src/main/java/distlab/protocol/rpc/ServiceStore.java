package distlab.protocol.rpc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The payment service's database, on stable storage: what it has charged, and the idempotency
 * keys it has executed with their receipts. A charge and its key are written in one step, as
 * lecture 1.3 requires: were the key recorded apart from the charge, a crash between the two
 * would let a retry charge again.
 */
final class ServiceStore {
    /** At most this many keys are remembered, one per client operation. */
    static final int MAX_KEYS = 1_000_000;

    private long charged;
    private int executions;
    private final Map<String, String> receipts = new LinkedHashMap<>();

    long charged() { return charged; }
    int executions() { return executions; }

    /** The receipt stored for a key, or null when the key was never executed. */
    String receiptFor(String key) {
        return receipts.get(key);
    }

    /** Executes a charge, remembering its key (null: none) with its receipt; returns the receipt. */
    String charge(long amount, String key) {
        executions++;
        charged += amount;
        String receipt = "r" + executions;
        if (key != null && receipts.size() < MAX_KEYS) receipts.put(key, receipt);
        return receipt;
    }

    /** The keys executed so far, in order. */
    List<String> keys() {
        return new ArrayList<>(receipts.keySet());
    }
}
