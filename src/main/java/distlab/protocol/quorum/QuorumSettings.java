package distlab.protocol.quorum;

import distlab.protocol.Setting;
import distlab.protocol.Settings;
import distlab.protocol.TimestampSource;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import java.util.ArrayList;
import java.util.List;

/**
 * The quorum protocol's {@code config} settings (docs/commands.md, protocol "quorum"): r, w,
 * readrepair, writeback and timeout, writequery (an extension: multi-writer ABD) and timestamps
 * (physical: the writer's clock reading, lecture 3.1's hazard). An op
 * reads them when it starts, so a change affects later ops only.
 */
public final class QuorumSettings {
    public static final long DEFAULT_TIMEOUT_MICROS = SimTime.MICROS_PER_SECOND;
    /** Longest allowed op timeout. */
    public static final long MAX_TIMEOUT_MICROS = 3600 * SimTime.MICROS_PER_SECOND;

    static final Setting<QuorumSize> R = quorumSize("r", "replies a get waits for: 1..n, one, quorum or all (words follow n as replicas are added)");
    static final Setting<QuorumSize> W = quorumSize("w", "acks a put (and a write-back) waits for: 1..n, one, quorum or all");
    static final Setting<Boolean> READ_REPAIR = Setting.onOff("readrepair",
            "on: a get sends the newest value to replicas that replied with an older one", true);
    static final Setting<Boolean> WRITE_BACK = Setting.onOff("writeback",
            "on: a get writes the newest value back to w replicas before it returns (ABD)", false);
    static final Setting<Boolean> WRITE_QUERY = Setting.onOff("writequery",
            "on: a put first asks r replicas for their newest timestamp and writes a greater one (ABD, several writers)", false);
    static final Setting<TimestampSource> TIMESTAMPS = TimestampSource.setting(
            "logical: (counter, client) timestamps; physical: the writing client's clock reading, so a client whose clock is behind loses");
    static final Setting<Long> TIMEOUT = Setting.duration("timeout", "an op still waiting after this long fails",
            DEFAULT_TIMEOUT_MICROS, MAX_TIMEOUT_MICROS);

    /** Where n, the current number of replicas, comes from; null before the module is attached. */
    private Simulation sim;
    private final Settings values = new Settings(List.of(R, W, READ_REPAIR, WRITE_BACK, WRITE_QUERY, TIMESTAMPS, TIMEOUT));

    void attach(Simulation simulation) {
        sim = simulation;
    }

    private static Setting<QuorumSize> quorumSize(String key, String help) {
        return new Setting<>(key, help, QuorumSize.QUORUM, text -> QuorumSize.parse(key, text),
                QuorumSize::setting, List.of("one", "quorum", "all"));
    }

    Settings values() { return values; }
    public int n() { return sim == null ? 0 : sim.servers().size(); }
    /** Replies a read waits for, now. */
    public int r() { return values.get(R).of(n()); }
    /** Acknowledgements a write (and a write-back) waits for, now. */
    public int w() { return values.get(W).of(n()); }
    public boolean readRepair() { return values.get(READ_REPAIR); }
    public boolean writeBack() { return values.get(WRITE_BACK); }
    /** Multi-writer ABD: a put first reads the highest timestamp from r replicas. */
    public boolean writeQuery() { return values.get(WRITE_QUERY); }
    public long timeoutMicros() { return values.get(TIMEOUT); }
    /** A put's timestamp is its client's physical clock reading, not the next counter. */
    public boolean physicalTimestamps() { return values.get(TIMESTAMPS) == TimestampSource.PHYSICAL; }

    /** A number given for r or w must fit the replicas there are now. */
    void check() {
        for (Setting<QuorumSize> s : List.of(R, W)) values.get(s).check(s.key(), n());
    }

    /** What a word means now: {@code 2} for {@code quorum} among 3 replicas; null for a number. */
    String note(String key) {
        Setting<?> s = values.find(key);
        if (s != R && s != W) return null;
        QuorumSize size = values.get(s == R ? R : W);
        return size.word() == null ? null : Integer.toString(size.of(n()));
    }

    /** Warn when r + w <= n, because a read quorum may then miss a write quorum. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        int n = n();
        if (n > 0 && r() + w() <= n) {
            out.add("r + w = " + r() + " + " + w() + " <= n = " + n
                    + ": a read quorum need not overlap a write quorum, so a read can miss a completed write");
        }
        if (physicalTimestamps() && writeQuery()) {
            out.add("writequery does not help with timestamps=physical: a put's timestamp is its client's clock reading, whatever the query found");
        }
        return out;
    }

    /** {@code r=quorum (2) w=quorum (2) readrepair=on ...}. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        for (Setting<?> s : values.declared()) {
            String note = note(s.key());
            b.append(b.length() == 0 ? "" : " ").append(s.key()).append('=').append(values.show(s.key()))
                    .append(note == null ? "" : " (" + note + ")");
        }
        return b.toString();
    }

    static LabException unknown(String key) {
        return new LabException("unknown quorum setting '" + key + "'");
    }
}
