package distlab.protocol.raft;

import distlab.sim.snapshot.NotState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * State machine safety: if a server has applied a log entry at a given index, no server ever
 * applies a different entry at that index (Figure 3). A node that replaces an entry it has
 * applied breaks it too: it would apply something else there after a restart.
 */
final class StateMachineSafety implements RaftInvariant {
    /** The entry first applied at each index. */
    private final List<LogEntry> applied = new ArrayList<>();
    /** Which process incarnation was seen: identity, which a structural fingerprint cannot tell apart anyway. */
    @NotState private Object[] seenIncarnation = new Object[0];
    private int[] seenCommit = new int[0];

    @Override public String name() { return "state machine safety"; }

    /** How many indexes some node has applied. */
    int appliedLength() {
        return applied.size();
    }

    @Override
    public String check(SafetyStep step) {
        int n = step.size();
        if (seenCommit.length != n) {
            seenCommit = Arrays.copyOf(seenCommit, n);
            seenIncarnation = Arrays.copyOf(seenIncarnation, n);
        }
        for (int i = 0; i < n; i++) {
            CheckedServer s = step.server(i);
            if (!s.up()) continue;
            String problem = checkServer(s, i, step.changedFrom()[i]);
            if (problem != null) return problem;
        }
        return null;
    }

    private String checkServer(CheckedServer s, int i, int changedFrom) {
        if (seenIncarnation[i] != s.incarnation()) {
            seenIncarnation[i] = s.incarnation();
            seenCommit[i] = 0;
        }
        RaftLog log = s.log();
        int commit = s.commitLength();
        if (commit > log.length()) {
            return s.name() + " has applied " + commit + " entries but its log holds only " + log.length();
        }
        if (changedFrom >= 0 && changedFrom < seenCommit[i]) {
            int pos = changedFrom;
            return s.name() + " replaced its applied entry " + (pos + 1) + " (" + applied.get(pos) + ")"
                    + (pos < log.length() ? " by " + log.get(pos) : " (deleted it)");
        }
        for (int pos = seenCommit[i]; pos < commit; pos++) {
            LogEntry entry = log.get(pos);
            if (pos < applied.size()) {
                if (!applied.get(pos).equals(entry)) {
                    return s.name() + " applied " + entry + " at index " + (pos + 1) + " where another node applied " + applied.get(pos);
                }
            } else {
                applied.add(entry);
            }
        }
        seenCommit[i] = commit;
        return null;
    }
}
