package distlab.protocol.raft;

import distlab.protocol.Setting;
import distlab.protocol.Settings;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Raft's settings ({@code config election=150..300ms heartbeat=50ms}, docs/commands.md).
 * Read on every use, so a change applies from the next timer a node sets.
 */
public final class RaftConfig {
    /** An election timeout range, MIN..MAX. */
    record Range(long minMicros, long maxMicros) {
        @Override public String toString() { return SimTime.format(minMicros) + ".." + SimTime.format(maxMicros); }
    }

    /**
     * A rule to break on purpose, to watch the safety checker catch what the rule prevents:
     * the log check on votes, the current-term condition on commits, or a durable vote.
     */
    public enum Bug {
        NONE("none"), NO_LOG_CHECK("nologcheck"), OLD_TERMS("oldterms"), FORGET_VOTE("forgetvote");

        final String word;

        Bug(String word) { this.word = word; }
    }

    static final Setting<Range> ELECTION = new Setting<>("election", "randomised election timeout range, MIN..MAX",
            new Range(150 * SimTime.MICROS_PER_MS, 300 * SimTime.MICROS_PER_MS), RaftConfig::range, Range::toString, List.of());
    static final Setting<Long> HEARTBEAT = Setting.duration("heartbeat", "interval between a leader's heartbeats",
            50 * SimTime.MICROS_PER_MS, SimTime.MAX_MICROS);
    static final Setting<Long> CLIENT_TIMEOUT = Setting.duration("clienttimeout", "a client retries with another node after this long",
            500 * SimTime.MICROS_PER_MS, SimTime.MAX_MICROS);
    static final Setting<Boolean> NOOP = Setting.onOff("noop",
            "a new leader appends a no-op entry, committing earlier terms' entries at once (on|off)", false);
    static final Setting<Boolean> BATCH = Setting.onOff("batch",
            "the leader sends new entries to a follower with one request in flight at a time (on|off)", false);
    static final Setting<Bug> BUG = Setting.choice("bug",
            "break a rule on purpose: none, nologcheck (votes), oldterms (commits), forgetvote (restart)", Bug.NONE, b -> b.word);

    private final Settings settings = new Settings(List.of(ELECTION, HEARTBEAT, CLIENT_TIMEOUT, NOOP, BATCH, BUG));

    Settings settings() { return settings; }
    public long electionMinMicros() { return settings.get(ELECTION).minMicros(); }
    public long electionMaxMicros() { return settings.get(ELECTION).maxMicros(); }
    public long heartbeatMicros() { return settings.get(HEARTBEAT); }
    public long clientTimeoutMicros() { return settings.get(CLIENT_TIMEOUT); }
    /** A client told "no leader known" waits this long before it tries the next node. */
    public long clientBackoffMicros() { return Math.max(1, clientTimeoutMicros() / 5); }
    /** Whether a new leader appends a no-op entry at the start of its term (Raft thesis §6.4). */
    public boolean noop() { return settings.get(NOOP); }
    public Bug bug() { return settings.get(BUG); }
    /**
     * Whether the leader batches: a new entry goes to a follower at once only if no request
     * with entries is still unanswered there; otherwise it rides with the next one, sent as
     * soon as the follower answers (flow control as in etcd's raft; the lecture sends at once).
     */
    public boolean batch() { return settings.get(BATCH); }

    /** One line each for settings that would keep a cluster from working well. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        if (bug() != Bug.NONE) out.add("bug=" + bug().word + ": this Raft is broken on purpose; watch cluster.safe");
        if (heartbeatMicros() * 2 > electionMinMicros()) {
            out.add("heartbeat " + SimTime.format(heartbeatMicros()) + " is not well below the election minimum "
                    + SimTime.format(electionMinMicros()) + ": followers will start elections between heartbeats (use heartbeat <= "
                    + SimTime.format(electionMinMicros() / 2) + ")");
        }
        return out;
    }

    /** {@code 150..300ms} (MIN takes MAX's unit), {@code 150ms..1s}, or one duration for both. */
    private static Range range(String text) {
        String[] parts = text.split("\\.\\.", -1);
        if (parts.length > 2 || parts[0].isEmpty() || (parts.length == 2 && parts[1].isEmpty())) {
            throw new LabException("bad election range '" + text + "' (use e.g. election=150..300ms)");
        }
        String max = parts[parts.length - 1];
        String min = parts[0];
        String unit = max.replaceAll("^[0-9.]+", "");
        if (parts.length == 2 && min.matches("[0-9.]+")) min = min + unit;
        long lo = positive(min, "election minimum");
        long hi = positive(max, "election maximum");
        if (hi < lo) throw new LabException("election range " + text + ": the minimum must be <= the maximum (e.g. 150..300ms)");
        return new Range(lo, hi);
    }

    private static long positive(String text, String what) {
        long micros = SimTime.parse(text);
        if (micros <= 0) throw new LabException(what + " must be more than 0 (got " + text + ")");
        return micros;
    }
}
