package distlab.protocol.raft;

import java.util.List;

/** Lecture 6.2's rules about logs, as functions of the log alone. */
final class LogRules {
    private LogRules() {}

    /**
     * The voter's log check: the candidate's last term is higher than the voter's, or equal
     * with a log at least as long ("at least as up to date", Raft paper §5.4.1).
     */
    static boolean candidateUpToDate(RaftLog voter, int candidateLastTerm, int candidateLength) {
        int myLastTerm = voter.lastTerm();
        return candidateLastTerm > myLastTerm || (candidateLastTerm == myLastTerm && candidateLength >= voter.length());
    }

    /**
     * logOk: the follower has at least prefixLen entries, and either prefixLen is 0 or entry
     * prefixLen-1 has term prefixTerm. By log matching, that one entry vouches for the prefix.
     */
    static boolean prefixMatches(RaftLog log, int prefixLen, int prefixTerm) {
        return log.length() >= prefixLen && (prefixLen == 0 || log.term(prefixLen - 1) == prefixTerm);
    }

    /**
     * AppendEntries after logOk: keep the prefix; where an existing entry conflicts with the
     * suffix (same position, different term) delete it and everything after; append what is
     * missing. Returns prefixLen + suffix length (fewer only if the log is full): the entries
     * this request vouched for. A stale, shorter request truncates nothing.
     */
    static int appendSuffix(RaftLog log, int prefixLen, List<LogEntry> suffix) {
        int position = prefixLen;
        for (LogEntry entry : suffix) {
            if (position < log.length() && log.term(position) != entry.term()) log.truncate(position);
            if (position >= log.length()) {
                if (log.isFull()) break;
                log.append(entry);
            }
            position++;
        }
        return position;
    }
}
