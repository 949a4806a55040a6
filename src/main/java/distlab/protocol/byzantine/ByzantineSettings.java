package distlab.protocol.byzantine;

import distlab.protocol.Setting;
import distlab.protocol.Settings;
import distlab.sim.SimTime;
import java.util.List;
import java.util.Locale;

/**
 * The byzantine protocol's {@code config} settings (docs/commands.md, protocol "byzantine"):
 * the algorithm, oral messages OM(m) or signed messages SM(m); m, the number of traitors it is
 * built to tolerate; and the length of a round. The paper's model is synchronous: every
 * message arrives within a round, so a general that has heard nothing after m + 1 rounds knows
 * that nothing was sent and uses the default, retreat.
 */
final class ByzantineSettings {
    enum Algorithm {
        OM, SM;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final Setting<Algorithm> ALGORITHM = Setting.choice("algorithm",
            "om: oral messages OM(m); sm: signed messages SM(m)", Algorithm.OM, Algorithm::word);
    static final Setting<Integer> M = Setting.count("m", "traitors the algorithm is built to tolerate: it runs m + 1 rounds", 1, 0, 5);
    static final Setting<Long> ROUND = Setting.duration("round",
            "the synchronous bound: every message arrives within a round (keep it above the latency)", 100 * SimTime.MICROS_PER_MS,
            60 * SimTime.MICROS_PER_SECOND);

    private final Settings values = new Settings(List.of(ALGORITHM, M, ROUND));

    Settings values() { return values; }
    Algorithm algorithm() { return values.get(ALGORITHM); }
    int m() { return values.get(M); }
    long roundMicros() { return values.get(ROUND); }

    /** {@code OM(1)}, {@code SM(2)}. */
    String name() {
        return algorithm().name() + "(" + m() + ")";
    }
}
