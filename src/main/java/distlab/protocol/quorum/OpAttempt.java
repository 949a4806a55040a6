package distlab.protocol.quorum;

import distlab.protocol.client.Op;
import distlab.sim.node.NodeId;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The client's state for the op in progress: which phase it is in, whom it heard from, and the
 * settings it started with. Replies are counted per replica, so a duplicated reply counts once.
 */
final class OpAttempt {
    enum Phase {
        /** Multi-writer ABD: a put first asks for timestamps and waits for r replies. */
        QUERY("timestamp replies"),
        /** A put waits for w acks. */
        WRITE("acks"),
        /** A get waits for r replies. */
        READ("replies"),
        /** ABD: a get writes the newest value back and waits for w acks. */
        WRITE_BACK("write-back acks");

        final String counting;

        Phase(String counting) {
            this.counting = counting;
        }
    }

    final Op op;
    final int r;
    final int w;
    final boolean readRepair;
    final boolean writeBack;
    final boolean writeQuery;
    final long timerId;
    private Phase phase;
    private final Map<NodeId, Versioned> replies = new TreeMap<>();
    private final Set<NodeId> acks = new TreeSet<>();
    private Versioned newest;

    OpAttempt(Op op, Phase phase, QuorumSettings settings, long timerId) {
        this.op = op;
        this.phase = phase;
        this.r = settings.r();
        this.w = settings.w();
        this.readRepair = settings.readRepair();
        this.writeBack = settings.writeBack();
        this.writeQuery = settings.writeQuery();
        this.timerId = timerId;
    }

    Phase phase() {
        return phase;
    }

    boolean isFor(int opId, Phase expected) {
        return op.id() == opId && phase == expected;
    }

    /** Records a read reply; true once r replicas have replied. */
    boolean reply(NodeId from, Versioned stored) {
        if (!replies.containsKey(from)) replies.put(from, stored);
        return replies.size() >= r;
    }

    /** Records an ack; true once w replicas have acknowledged. */
    boolean ack(NodeId from) {
        acks.add(from);
        return acks.size() >= w;
    }

    /** The version with the greatest timestamp among the replies (null if none had the key). */
    Versioned newestReply() {
        Versioned best = null;
        for (Versioned v : replies.values()) {
            if (v != null && (best == null || v.ts().compareTo(best.ts()) > 0)) best = v;
        }
        return best;
    }

    /** Replicas that replied with a version older than {@code v}, in node order. */
    Set<NodeId> repliedOlderThan(Versioned v) {
        Set<NodeId> out = new TreeSet<>();
        replies.forEach((node, stored) -> {
            if (Timestamp.newer(v.ts(), Versioned.tsOf(stored))) out.add(node);
        });
        return out;
    }

    /** The replies so far, by replica. */
    Map<NodeId, Versioned> replies() {
        return replies;
    }

    /** Multi-writer ABD: the timestamps are in, now the write itself. */
    void startWrite() {
        replies.clear();
        phase = Phase.WRITE;
    }

    /** ABD: start writing {@code v} back. */
    void startWriteBack(Versioned v) {
        newest = v;
        phase = Phase.WRITE_BACK;
    }

    /** The value being written back. */
    Versioned newest() {
        return newest;
    }

    /** {@code acks 1/2}. */
    String progress() {
        boolean reading = phase == Phase.READ || phase == Phase.QUERY;
        int have = reading ? replies.size() : acks.size();
        int need = reading ? r : w;
        return phase.counting + " " + have + "/" + need;
    }
}
