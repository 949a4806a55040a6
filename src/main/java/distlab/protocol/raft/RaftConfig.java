package distlab.protocol.raft;

import distlab.protocol.Param;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Raft's settings ({@code config election=150..300ms heartbeat=50ms}, SPEC §6). Read on
 * every use, so a change applies from the next timer a node sets.
 */
public final class RaftConfig {
    private long electionMinMicros = 150 * SimTime.MICROS_PER_MS;
    private long electionMaxMicros = 300 * SimTime.MICROS_PER_MS;
    private long heartbeatMicros = 50 * SimTime.MICROS_PER_MS;
    private long clientTimeoutMicros = 500 * SimTime.MICROS_PER_MS;
    private boolean noop;
    private boolean batch;
    private Bug bug = Bug.NONE;

    /**
     * A rule to break on purpose, to watch the safety checker catch what the rule prevents:
     * the log check on votes, the current-term condition on commits, or a durable vote.
     */
    public enum Bug {
        NONE("none"), NO_LOG_CHECK("nologcheck"), OLD_TERMS("oldterms"), FORGET_VOTE("forgetvote");

        final String word;

        Bug(String word) { this.word = word; }
    }

    public long electionMinMicros() { return electionMinMicros; }
    public long electionMaxMicros() { return electionMaxMicros; }
    public long heartbeatMicros() { return heartbeatMicros; }
    public long clientTimeoutMicros() { return clientTimeoutMicros; }
    /** A client told "no leader known" waits this long before it tries the next node. */
    public long clientBackoffMicros() { return Math.max(1, clientTimeoutMicros / 5); }
    /** Whether a new leader appends a no-op entry at the start of its term (Raft thesis §6.4). */
    public boolean noop() { return noop; }
    public Bug bug() { return bug; }
    /**
     * Whether the leader batches: a new entry goes to a follower at once only if no request
     * with entries is still unanswered there; otherwise it rides with the next one, sent as
     * soon as the follower answers (flow control as in etcd's raft; the lecture sends at once).
     */
    public boolean batch() { return batch; }

    public List<Param> params() {
        return List.of(
                new Param("election", "randomised election timeout range, MIN..MAX",
                        () -> SimTime.format(electionMinMicros) + ".." + SimTime.format(electionMaxMicros), this::setElection),
                new Param("heartbeat", "interval between a leader's heartbeats",
                        () -> SimTime.format(heartbeatMicros), v -> heartbeatMicros = positive(v, "heartbeat")),
                new Param("clienttimeout", "a client retries with another node after this long",
                        () -> SimTime.format(clientTimeoutMicros), v -> clientTimeoutMicros = positive(v, "clienttimeout")),
                new Param("noop", "a new leader appends a no-op entry, committing earlier terms' entries at once (on|off)",
                        () -> noop ? "on" : "off", v -> noop = onOff(v, "noop")),
                new Param("batch", "the leader sends new entries to a follower with one request in flight at a time (on|off)",
                        () -> batch ? "on" : "off", v -> batch = onOff(v, "batch")),
                new Param("bug", "break a rule on purpose: none, nologcheck (votes), oldterms (commits), forgetvote (restart)",
                        () -> bug.word, this::setBug));
    }

    /** One line each for settings that would keep a cluster from working well. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        if (bug != Bug.NONE) out.add("bug=" + bug.word + ": this Raft is broken on purpose; watch cluster.safe");
        if (heartbeatMicros * 2 > electionMinMicros) {
            out.add("heartbeat " + SimTime.format(heartbeatMicros) + " is not well below the election minimum "
                    + SimTime.format(electionMinMicros) + ": followers will start elections between heartbeats (use heartbeat <= "
                    + SimTime.format(electionMinMicros / 2) + ")");
        }
        return out;
    }

    private void setElection(String text) {
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
        electionMinMicros = lo;
        electionMaxMicros = hi;
    }

    private static boolean onOff(String text, String key) {
        return switch (text) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new LabException(key + " must be on or off, not '" + text + "'");
        };
    }

    private void setBug(String text) {
        for (Bug b : Bug.values()) {
            if (b.word.equals(text)) {
                bug = b;
                return;
            }
        }
        throw new LabException("bug must be none, nologcheck, oldterms or forgetvote, not '" + text + "'");
    }

    private static long positive(String text, String what) {
        long micros = SimTime.parse(text);
        if (micros <= 0) throw new LabException(what + " must be more than 0 (got " + text + ")");
        return micros;
    }
}
