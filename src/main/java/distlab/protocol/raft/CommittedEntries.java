package distlab.protocol.raft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The entries committed so far, as the Raft paper defines it (§5.3, §5.4.2): an entry is
 * committed once the leader of its term has stored it on a majority of servers, and then every
 * entry before it in that leader's log is committed too. Judged from the servers' stored logs,
 * not from what any node believes, so a node that applies an entry early (the oldterms bug) does
 * not make it committed.
 */
final class CommittedEntries {
    private final List<LogEntry> entries = new ArrayList<>();
    /**
     * For each committed index, the earliest term in which it was committed (directly or because
     * a later index was): non-decreasing, so "committed before term T" is a prefix.
     */
    private int[] committedInTerm = new int[64];

    int length() {
        return entries.size();
    }

    LogEntry get(int index) {
        return entries.get(index);
    }

    int termCommittedIn(int index) {
        return committedInTerm[index];
    }

    /** How many entries were committed in a term before {@code term}: a prefix. */
    int committedBefore(int term) {
        int lo = 0, hi = entries.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (committedInTerm[mid] < term) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * Advances the committed prefix after a step: for each up leader, the highest entry of its
     * own term that a majority of servers store (same index and term; log matching makes the
     * prefixes equal). Returns a problem if that prefix disagrees with what was committed.
     */
    String update(SafetyStep step) {
        int majority = step.size() / 2 + 1;
        for (int i = 0; i < step.size(); i++) {
            CheckedServer leader = step.server(i);
            if (!leader.up() || leader.role() != RaftServer.Role.LEADER) continue;
            RaftLog log = leader.log();
            int term = leader.currentTerm();
            for (int pos = log.length() - 1; pos >= entries.size() && log.term(pos) == term; pos--) {
                if (storedOn(step, pos, term) >= majority) {
                    String problem = commitPrefix(log, pos + 1, term, leader.name());
                    if (problem != null) return problem;
                    break;
                }
            }
        }
        return null;
    }

    private static int storedOn(SafetyStep step, int pos, int term) {
        int count = 0;
        for (int j = 0; j < step.size(); j++) {
            RaftLog other = step.server(j).log();
            if (other.length() > pos && other.term(pos) == term) count++;
        }
        return count;
    }

    private String commitPrefix(RaftLog log, int length, int term, String leader) {
        for (int pos = 0; pos < length; pos++) {
            LogEntry entry = log.get(pos);
            if (pos < entries.size()) {
                if (!entries.get(pos).equals(entry)) {
                    return leader + " committed " + entry + " at index " + (pos + 1) + " where " + entries.get(pos) + " was committed";
                }
                if (committedInTerm[pos] > term) committedInTerm[pos] = term;
                continue;
            }
            if (pos == committedInTerm.length) committedInTerm = Arrays.copyOf(committedInTerm, pos * 2);
            entries.add(entry);
            committedInTerm[pos] = term;
        }
        return null;
    }
}
