package distlab.protocol.rpc;

import distlab.protocol.Setting;
import distlab.protocol.Settings;
import distlab.sim.SimTime;
import java.util.List;

/**
 * The rpc protocol's {@code config} settings (docs/commands.md, protocol "rpc"): how long a
 * client waits for a reply, whether and how often it retries, and whether calls carry
 * idempotency keys that the service deduplicates. A call reads them as it goes, so a change
 * applies from its next attempt; the key is fixed when the call starts.
 */
final class RpcSettings {
    static final Setting<Long> TIMEOUT = Setting.duration("timeout", "a call with no reply after this long times out",
            200 * SimTime.MICROS_PER_MS, 3600 * SimTime.MICROS_PER_SECOND);
    static final Setting<Boolean> RETRY = Setting.onOff("retry",
            "on: a timed-out call is sent again (at-least-once); off: it fails (at-most-once)", false);
    static final Setting<Integer> RETRIES = Setting.count("retries", "how many times a call is sent again at most", 3, 0, 100);
    static final Setting<Boolean> DEDUP = Setting.onOff("dedup",
            "on: a call carries an idempotency key and the service executes each key once (exactly-once effect)", false);

    private final Settings values = new Settings(List.of(TIMEOUT, RETRY, RETRIES, DEDUP));

    Settings values() { return values; }
    long timeoutMicros() { return values.get(TIMEOUT); }
    boolean retry() { return values.get(RETRY); }
    int retries() { return values.get(RETRIES); }
    boolean dedup() { return values.get(DEDUP); }
}
