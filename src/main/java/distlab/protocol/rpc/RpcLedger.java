package distlab.protocol.rpc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lab's record of every call, seen from outside (no node reads it): how many times its
 * client sent it, how many times a service executed it, and the receipt its client got. It
 * answers {@code OP.attempts} and {@code cluster.exactlyonce}.
 */
final class RpcLedger {
    /** One call's record. */
    static final class Call {
        int attempts;
        int executions;
        String key;
        String receipt;
    }

    private final Map<Integer, Call> calls = new TreeMap<>();

    private Call call(int op) {
        return calls.computeIfAbsent(op, k -> new Call());
    }

    /** The client sent the call again; {@code key} is its idempotency key, or null. */
    void attempted(int op, String key) {
        Call c = call(op);
        c.attempts++;
        c.key = key;
    }

    void executed(int op) {
        call(op).executions++;
    }

    void answered(int op, String receipt) {
        call(op).receipt = receipt;
    }

    int attempts(int op) {
        Call c = calls.get(op);
        return c == null ? 0 : c.attempts;
    }

    int executions(int op) {
        Call c = calls.get(op);
        return c == null ? 0 : c.executions;
    }

    String key(int op) {
        Call c = calls.get(op);
        return c == null ? null : c.key;
    }

    String receipt(int op) {
        Call c = calls.get(op);
        return c == null ? null : c.receipt;
    }

    /** Calls executed more than once: each one a double charge. */
    List<Integer> executedTwice() {
        List<Integer> out = new ArrayList<>();
        calls.forEach((op, c) -> {
            if (c.executions > 1) out.add(op);
        });
        return out;
    }
}
