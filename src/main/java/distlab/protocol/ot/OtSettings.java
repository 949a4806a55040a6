package distlab.protocol.ot;

import distlab.protocol.Setting;
import distlab.protocol.Settings;
import distlab.sim.SimTime;
import java.util.List;

/** The ot protocol's {@code config} settings (docs/commands.md, protocol ot). */
final class OtSettings {
    static final Setting<Boolean> TRANSFORM = Setting.onOff("transform",
            "on: incoming edits are transformed against concurrent ones (Jupiter); off: applied at their indexes as they are, so copies diverge",
            true);
    static final Setting<Long> RESEND = Setting.durationOrOff("resend",
            "resend unacknowledged edits every DURATION, so a lost message is made good (off: never)", 250 * SimTime.MICROS_PER_MS,
            SimTime.MICROS_PER_MS);

    private final Settings values = new Settings(List.of(TRANSFORM, RESEND));

    Settings values() { return values; }
    boolean transform() { return values.get(TRANSFORM); }
    /** The resend period, or 0 when off. */
    long resendMicros() { return values.get(RESEND); }
}
