package distlab.protocol.generals;

import distlab.protocol.Setting;
import distlab.protocol.Settings;
import distlab.sim.SimTime;
import java.util.List;

/**
 * The generals' {@code config} settings (docs/commands.md, protocol "generals"; lecture 2.1):
 * how many messengers the exchange has before a general commits, when dawn is, and whether a
 * general sends a messenger again when its acknowledgement does not come.
 */
final class GeneralsSettings {
    static final Setting<Integer> ROUNDS = Setting.count("rounds",
            "messengers in the exchange: plan, ack, ack of ack, ...; a general commits once it has received its last one", 2, 1, 100);
    static final Setting<Long> DAWN = Setting.duration("dawn",
            "the virtual time of dawn, known to both: a committed general attacks then, any other retreats", SimTime.MICROS_PER_SECOND,
            SimTime.MAX_MICROS);
    static final Setting<Long> RESEND = Setting.durationOrOff("resend",
            "send a messenger again after this long without its acknowledgement (off: once)", 0, SimTime.MICROS_PER_MS);

    private final Settings values = new Settings(List.of(ROUNDS, DAWN, RESEND));

    Settings values() { return values; }
    int rounds() { return values.get(ROUNDS); }
    long dawnMicros() { return values.get(DAWN); }
    long resendMicros() { return values.get(RESEND); }
}
