package distlab.protocol.ntp;

import distlab.protocol.Setting;
import distlab.protocol.Settings;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import java.util.List;

/** The ntp protocol's {@code config} settings (docs/commands.md, protocol "ntp"), read on every use. */
final class NtpSettings {
    static final Setting<Algorithm> ALGORITHM = Setting.choice("algorithm",
            "ntp: four timestamps give delay δ and offset θ; cristian: the server's time + round trip / 2", Algorithm.NTP, Algorithm::word);
    static final Setting<Long> POLL = Setting.durationOrOff("poll",
            "every DURATION each client runs an exchange with the time server (the first node), or off", 0, SimTime.MICROS_PER_MS);
    static final Setting<Long> TURNAROUND = new Setting<>("turnaround",
            "how long a server holds a request before it answers (t3 - t2)", 0L, NtpSettings::turnaround, SimTime::format, List.of("0ms"));
    static final Setting<Long> TIMEOUT = Setting.duration("timeout",
            "a Berkeley master averages the reports that arrived within this long", SimTime.MICROS_PER_SECOND, 3600 * SimTime.MICROS_PER_SECOND);
    /** Longest turnaround: a server that sits on a request longer is as good as down. */
    static final long MAX_TURNAROUND = 60 * SimTime.MICROS_PER_SECOND;

    private final Settings values = new Settings(List.of(ALGORITHM, POLL, TURNAROUND, TIMEOUT));

    Settings values() { return values; }
    Algorithm algorithm() { return values.get(ALGORITHM); }
    long poll() { return values.get(POLL); }
    long turnaround() { return values.get(TURNAROUND); }
    long timeout() { return values.get(TIMEOUT); }

    private static long turnaround(String text) {
        long micros = SimTime.parse(text);
        if (micros > MAX_TURNAROUND) throw new LabException("turnaround is at most " + SimTime.format(MAX_TURNAROUND) + " (got " + text + ")");
        return micros;
    }
}
