package distlab.protocol.raft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Raft's safety properties (Raft paper Figure 3), checked after every event and kept
 * incremental so that the check stays cheap:
 * <ul>
 * <li><b>election safety</b>: at most one leader per term, ever;</li>
 * <li><b>log matching</b>: two logs with an entry of the same index and term are identical up
 * to it. Checked on the changed part of each log: every (index, term) must always carry the
 * same entry after the same predecessor term, which by induction makes the prefixes equal;</li>
 * <li><b>leader completeness</b>: an entry committed in a term is in the log of every leader of
 * a later term;</li>
 * <li><b>state machine safety</b>: no two nodes commit (and so apply) different entries at the
 * same index, and no node loses an entry it committed.</li>
 * </ul>
 * The first violation is kept, with the event that caused it; checking stops there.
 */
final class SafetyChecker {
    /** The entry first seen at an (index, term), the term before it, who had it; others at that index chain on. */
    private static final class Placed {
        final LogEntry entry;
        final int prevTerm;
        final String holder;
        Placed next;

        Placed(LogEntry entry, int prevTerm, String holder) {
            this.entry = entry;
            this.prevTerm = prevTerm;
            this.holder = holder;
        }
    }

    private final List<Placed> placedByIndex = new ArrayList<>();
    private final Map<Integer, String> leaderOfTerm = new HashMap<>();
    /** The committed log, as the first node to commit each index committed it. */
    private final List<LogEntry> committed = new ArrayList<>();
    /**
     * For each committed index, the earliest term in which it was known committed (directly or
     * because a later index was): non-decreasing, so "committed before term T" is a prefix.
     */
    private int[] committedInTerm = new int[64];
    private Object[] seenIncarnation = new Object[0];
    private int[] seenCommit = new int[0];
    /** Per server: the term it was last checked as leader in, and what its completeness check saw. */
    private int[] leaderTermSeen = new int[0];
    private long[] completenessSeen = new long[0];
    private boolean[] logChanged = new boolean[0];
    private Violation violation;

    Violation violation() {
        return violation;
    }

    /** How many entries are known committed, cluster-wide. */
    int committedLength() {
        return committed.size();
    }

    /** Checks the servers' state after one event; {@code where} names that event. */
    void check(List<? extends CheckedServer> servers, Supplier<String> where) {
        if (violation != null) return;
        int n = servers.size();
        if (seenCommit.length != n) {
            seenCommit = Arrays.copyOf(seenCommit, n);
            seenIncarnation = Arrays.copyOf(seenIncarnation, n);
            leaderTermSeen = Arrays.copyOf(leaderTermSeen, n);
            completenessSeen = Arrays.copyOf(completenessSeen, n);
            logChanged = Arrays.copyOf(logChanged, n);
        }
        String problem = null;
        String invariant = null;
        for (int i = 0; i < servers.size() && problem == null; i++) {
            CheckedServer s = servers.get(i);
            problem = checkChangedLog(s, i);
            invariant = "log matching";
            if (problem == null && s.up()) {
                problem = checkCommits(s, i);
                invariant = "state machine safety";
            }
        }
        for (int i = 0; i < servers.size() && problem == null; i++) {
            CheckedServer s = servers.get(i);
            if (!s.up() || s.role() != RaftServer.Role.LEADER) continue;
            if (leaderTermSeen[i] != s.currentTerm()) {
                leaderTermSeen[i] = s.currentTerm();
                problem = checkElection(s);
                invariant = "election safety";
            }
            // Only a new term, a changed log or more committed entries can break completeness.
            long seen = ((long) s.currentTerm() << 32) | committed.size();
            if (problem == null && (logChanged[i] || completenessSeen[i] != seen)) {
                completenessSeen[i] = seen;
                problem = checkLeaderCompleteness(s);
                invariant = "leader completeness";
            }
            logChanged[i] = false;
        }
        if (problem != null) violation = new Violation(invariant, where.get(), problem);
    }

    /** Log matching on the positions changed since the last check. */
    private String checkChangedLog(CheckedServer s, int i) {
        RaftLog log = s.log();
        int from = log.takeChangedFrom();
        if (from < 0) return null;
        logChanged[i] = true;
        for (int pos = from; pos < log.length(); pos++) {
            LogEntry entry = log.get(pos);
            int prevTerm = pos > 0 ? log.term(pos - 1) : 0;
            while (placedByIndex.size() <= pos) placedByIndex.add(null);
            Placed p = placedByIndex.get(pos);
            Placed last = null;
            while (p != null && p.entry.term() != entry.term()) {
                last = p;
                p = p.next;
            }
            if (p == null) {
                Placed fresh = new Placed(entry, prevTerm, s.name());
                if (last == null) placedByIndex.set(pos, fresh);
                else last.next = fresh;
            } else if (!p.entry.equals(entry)) {
                return s.name() + " has " + entry + " at index " + (pos + 1) + " but " + p.holder + " had " + p.entry
                        + " there (same index and term, different entry)";
            } else if (p.prevTerm != prevTerm) {
                return s.name() + " and " + p.holder + " both have " + entry + " at index " + (pos + 1)
                        + " but different entries before it (terms " + prevTerm + " and " + p.prevTerm + ")";
            }
            if (s.up() && pos < s.commitLength() && pos < committed.size() && !committed.get(pos).equals(entry)) {
                return s.name() + " replaced its committed entry " + (pos + 1) + " (" + committed.get(pos) + ") by " + entry;
            }
        }
        return null;
    }

    /** State machine safety on the entries a node newly committed. */
    private String checkCommits(CheckedServer s, int i) {
        if (seenIncarnation[i] != s.incarnation()) {
            seenIncarnation[i] = s.incarnation();
            seenCommit[i] = 0;
        }
        RaftLog log = s.log();
        int commit = s.commitLength();
        if (commit > log.length()) {
            return s.name() + " has committed " + commit + " entries but its log holds only " + log.length();
        }
        for (int pos = seenCommit[i]; pos < commit; pos++) {
            LogEntry entry = log.get(pos);
            if (pos < committed.size()) {
                if (!committed.get(pos).equals(entry)) {
                    return s.name() + " applied " + entry + " at index " + (pos + 1) + " where another node applied " + committed.get(pos);
                }
            } else {
                addCommitted(entry, s.currentTerm());
            }
        }
        seenCommit[i] = commit;
        return null;
    }

    private void addCommitted(LogEntry entry, int term) {
        int n = committed.size();
        if (n == committedInTerm.length) committedInTerm = Arrays.copyOf(committedInTerm, n * 2);
        committed.add(entry);
        committedInTerm[n] = term;
        // Committing index n commits every index before it, in this term at the latest.
        for (int j = n - 1; j >= 0 && committedInTerm[j] > term; j--) committedInTerm[j] = term;
    }

    private String checkElection(CheckedServer s) {
        String first = leaderOfTerm.putIfAbsent(s.currentTerm(), s.name());
        if (first == null || first.equals(s.name())) return null;
        return first + " and " + s.name() + " were both leaders of term " + s.currentTerm();
    }

    /**
     * A leader of term T must hold every entry committed before T. Those form a prefix of the
     * committed log, and log matching (checked separately) makes one comparison enough: if
     * the leader has the prefix's last entry at its index, it has the whole prefix.
     */
    private String checkLeaderCompleteness(CheckedServer s) {
        int term = s.currentTerm();
        int lo = 0, hi = committed.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (committedInTerm[mid] < term) lo = mid + 1;
            else hi = mid;
        }
        if (lo == 0) return null;
        RaftLog log = s.log();
        LogEntry needed = committed.get(lo - 1);
        if (log.length() >= lo && log.get(lo - 1).equals(needed)) return null;
        return s.name() + " leads term " + term + " without entry " + lo + " (" + needed + "), committed in term " + committedInTerm[lo - 1];
    }
}
