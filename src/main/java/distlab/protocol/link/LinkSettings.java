package distlab.protocol.link;

import distlab.protocol.Setting;
import distlab.protocol.Settings;
import distlab.sim.SimTime;
import java.util.List;

/**
 * The link protocol's {@code config} settings (docs/commands.md, protocol "link"; lecture 2.3):
 * retransmission and deduplication, which together turn a fair-loss link into a reliable one,
 * and whether the link layer's state is written to stable storage, so that it survives a crash.
 */
final class LinkSettings {
    static final Setting<Long> RETRANSMIT = Setting.durationOrOff("retransmit",
            "resend a frame every DURATION until it is acknowledged (off: send once, no acks)", 0, SimTime.MICROS_PER_MS);
    static final Setting<Boolean> DEDUP = Setting.onOff("dedup",
            "on: the receiver hands a frame it has seen before to nobody (off: duplicates reach the application)", false);
    static final Setting<Boolean> STABLE = Setting.onOff("stable",
            "on: the received list, the dedup record and the unacknowledged frames are written to stable storage", false);

    private final Settings values = new Settings(List.of(RETRANSMIT, DEDUP, STABLE));

    Settings values() { return values; }
    /** The retransmission interval, or 0 when off. */
    long retransmitMicros() { return values.get(RETRANSMIT); }
    boolean dedup() { return values.get(DEDUP); }
    boolean stable() { return values.get(STABLE); }
}
