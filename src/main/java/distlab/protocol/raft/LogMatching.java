package distlab.protocol.raft;

import java.util.ArrayList;
import java.util.List;

/**
 * Log matching: if two logs contain an entry with the same index and term, the logs are
 * identical in all entries up to that index (Figure 3). Checked on the changed part of each
 * log: every (index, term) must always carry the same entry after the same predecessor term,
 * which by induction makes the prefixes equal.
 */
final class LogMatching implements RaftInvariant {
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

    @Override public String name() { return "log matching"; }

    @Override
    public String check(SafetyStep step) {
        for (int i = 0; i < step.size(); i++) {
            int from = step.changedFrom()[i];
            if (from < 0) continue;
            String problem = checkFrom(step.server(i), from);
            if (problem != null) return problem;
        }
        return null;
    }

    private String checkFrom(CheckedServer s, int from) {
        RaftLog log = s.log();
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
        }
        return null;
    }
}
