package distlab.protocol.spanner;

import distlab.protocol.Setting;
import distlab.protocol.Settings;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import java.util.List;

/**
 * The spanner protocol's {@code config} settings (docs/commands.md, protocol "spanner"):
 * TrueTime's error bound ε, and whether commits (and snapshot reads) wait out the uncertainty.
 */
final class SpannerSettings {
    /** The largest error bound accepted. */
    static final long MAX_EPSILON = 10 * SimTime.MICROS_PER_SECOND;

    static final Setting<Long> EPSILON = new Setting<>("epsilon",
            "TrueTime's error bound: every clock is within this of the true time, and TT.now() is [reading-epsilon, reading+epsilon];"
                    + " setting it draws every clock's offset again within it",
            7 * SimTime.MICROS_PER_MS, SpannerSettings::epsilon, SimTime::format, List.of());
    static final Setting<Boolean> COMMIT_WAIT = Setting.onOff("commitwait",
            "on: a commit waits until TT.now().earliest has passed its timestamp before anyone sees it, and a snapshot read"
                    + " until its timestamp has certainly passed", true);

    private final Settings values = new Settings(List.of(EPSILON, COMMIT_WAIT));

    Settings values() { return values; }
    long epsilon() { return values.get(EPSILON); }
    boolean commitWait() { return values.get(COMMIT_WAIT); }

    private static long epsilon(String text) {
        if (!SimTime.looksLikeDuration(text)) throw new LabException("epsilon must be a duration such as 7ms, not '" + text + "'");
        long micros = SimTime.parse(text);
        if (micros > MAX_EPSILON) throw new LabException("epsilon is at most " + SimTime.format(MAX_EPSILON) + " (got " + text + ")");
        return micros;
    }
}
