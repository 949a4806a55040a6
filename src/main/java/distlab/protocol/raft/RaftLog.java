package distlab.protocol.raft;

import distlab.sim.LabException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A node's log, with the lecture's 0-based positions: entry {@code i} is log[i], and a log of
 * length {@code n} holds log[0..n-1]. It remembers the lowest position changed since the
 * safety checker last looked, so the checker only re-examines what changed.
 */
public final class RaftLog {
    /** A log holds at most this many entries (a leader refuses client requests beyond it). */
    public static final int MAX_ENTRIES = 2_000_000;

    private final List<LogEntry> entries = new ArrayList<>();
    private int changedFrom = Integer.MAX_VALUE;

    public int length() {
        return entries.size();
    }

    public LogEntry get(int index) {
        return entries.get(index);
    }

    /** Term of log[index]. */
    public int term(int index) {
        return entries.get(index).term();
    }

    /** Term of the last entry, or 0 for an empty log (lecture 6.2: {@code lastTerm}). */
    public int lastTerm() {
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).term();
    }

    public boolean isFull() {
        return entries.size() >= MAX_ENTRIES;
    }

    public void append(LogEntry entry) {
        if (isFull()) throw new LabException("a Raft log is full (" + MAX_ENTRIES + " entries): reset");
        changed(entries.size());
        entries.add(entry);
    }

    /** Keeps log[0..length-1] and deletes the rest. */
    public void truncate(int length) {
        if (length >= entries.size()) return;
        changed(length);
        entries.subList(length, entries.size()).clear();
    }

    /** Entries log[from..] as an immutable snapshot, for a message's suffix. */
    public List<LogEntry> suffix(int from) {
        return List.copyOf(entries.subList(from, entries.size()));
    }

    public List<LogEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** Replaces the whole log (the {@code raftlog} set-up command). */
    public void replace(List<LogEntry> newEntries) {
        changed(0);
        entries.clear();
        entries.addAll(newEntries);
    }

    private void changed(int position) {
        changedFrom = Math.min(changedFrom, position);
    }

    /** The lowest position changed since the last call, or -1 if nothing changed; resets it. */
    int takeChangedFrom() {
        int from = changedFrom;
        changedFrom = Integer.MAX_VALUE;
        return from == Integer.MAX_VALUE ? -1 : from;
    }

    /** Terms only, e.g. {@code [1, 2, 2]}, for views. */
    public int[] terms() {
        int[] out = new int[entries.size()];
        for (int i = 0; i < out.length; i++) out[i] = entries.get(i).term();
        return out;
    }
}
