package distlab.protocol.raft;

/**
 * Leader completeness: if an entry is committed in a given term, it is present in the logs of
 * the leaders of all higher terms (Figure 3). Committed follows the paper
 * ({@link CommittedEntries}), so an entry stored on a majority but applied nowhere yet counts.
 */
final class LeaderCompleteness implements RaftInvariant {
    private final CommittedEntries committed;

    LeaderCompleteness(CommittedEntries committed) {
        this.committed = committed;
    }

    @Override public String name() { return "leader completeness"; }

    /**
     * The entries committed before a leader's term form a prefix, and log matching (checked
     * separately) makes one comparison enough: if the leader has the prefix's last entry at its
     * index, it has the whole prefix.
     */
    @Override
    public String check(SafetyStep step) {
        String problem = committed.update(step);
        if (problem != null) return problem;
        for (int i = 0; i < step.size(); i++) {
            CheckedServer s = step.server(i);
            if (!s.up() || s.role() != RaftServer.Role.LEADER) continue;
            int term = s.currentTerm();
            int before = committed.committedBefore(term);
            if (before == 0) continue;
            RaftLog log = s.log();
            LogEntry needed = committed.get(before - 1);
            if (log.length() >= before && log.get(before - 1).equals(needed)) continue;
            return s.name() + " leads term " + term + " without entry " + before + " (" + needed + "), committed in term "
                    + committed.termCommittedIn(before - 1);
        }
        return null;
    }
}
