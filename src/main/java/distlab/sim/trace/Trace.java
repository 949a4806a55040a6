package distlab.sim.trace;

import distlab.sim.column.ByteColumn;
import distlab.sim.column.IntColumn;
import distlab.sim.column.LongColumn;
import distlab.sim.column.ObjectColumn;

/**
 * The journal of everything that happened, Maelstrom-style: the one source for every view
 * and check. Stored column by column so that millions of entries stay small; entry i is
 * read through the accessors. Vector timestamps live in one shared arena, each prefixed by
 * its width (the number of nodes when it was taken); a missing entry is 0.
 */
public final class Trace {
    private static final int NO_VC = -1;

    private final ByteColumn kinds = new ByteColumn();
    private final IntColumn nodes = new IntColumn();
    private final LongColumn times = new LongColumn();
    private final IntColumn lamports = new IntColumn();
    private final IntColumn messages = new IntColumn();
    private final IntColumn vcRefs = new IntColumn();
    private final IntColumn eventNumbers = new IntColumn();
    private final ObjectColumn<Object> labels = new ObjectColumn<>();
    private final IntColumn vcArena = new IntColumn();
    private final IntColumn entryOfEvent = new IntColumn();

    public Trace() {
        entryOfEvent.add(-1); // events are numbered from 1
    }

    /** Records a numbered event (send, receive, local) with a copy of the node's clocks. */
    public int recordEvent(EntryKind kind, int node, long time, int lamport, int[] vc, int width, int message, Object label) {
        int vcRef = vcArena.add(width);
        vcArena.addAll(vc, width);
        int eventNumber = entryOfEvent.size();
        int entry = append(kind, node, time, lamport, message, vcRef, eventNumber, label);
        entryOfEvent.add(entry);
        return entry;
    }

    /**
     * Records a note (drop, timer, crash, restart): not an event, so no clock ticks; it
     * shares the stamps of {@code stampsOf}, an earlier entry, or has none when that is -1.
     */
    public int recordNote(EntryKind kind, int node, long time, int message, Object label, int stampsOf) {
        int lamport = stampsOf < 0 ? 0 : lamports.get(stampsOf);
        int vcRef = stampsOf < 0 ? NO_VC : vcRefs.get(stampsOf);
        return append(kind, node, time, lamport, message, vcRef, 0, label);
    }

    private int append(EntryKind kind, int node, long time, int lamport, int message, int vcRef, int eventNumber, Object label) {
        kinds.add((byte) kind.ordinal());
        nodes.add(node);
        times.add(time);
        lamports.add(lamport);
        messages.add(message);
        vcRefs.add(vcRef);
        eventNumbers.add(eventNumber);
        return labels.add(label);
    }

    public int size() { return kinds.size(); }

    /** How many numbered events (e1..eN) there are. */
    public int eventCount() { return entryOfEvent.size() - 1; }

    public int entryOfEvent(int eventNumber) { return entryOfEvent.get(eventNumber); }

    public EntryKind kind(int entry) { return EntryKind.of(kinds.get(entry)); }

    public int node(int entry) { return nodes.get(entry); }

    public long time(int entry) { return times.get(entry); }

    public int lamport(int entry) { return lamports.get(entry); }

    /** The message number of a send, receive or drop; 0 otherwise. */
    public int message(int entry) { return messages.get(entry); }

    /** The event number (e7 → 7), or 0 for notes. */
    public int eventNumber(int entry) { return eventNumbers.get(entry); }

    /** A local event's label or a note's reason; null for sends and receives. */
    public Object label(int entry) { return labels.get(entry); }

    /** Component {@code nodeIndex} of the entry's vector timestamp (0 where it has none). */
    public int vcAt(int entry, int nodeIndex) {
        int ref = vcRefs.get(entry);
        if (ref == NO_VC || nodeIndex >= vcArena.get(ref)) return 0;
        return vcArena.get(ref + 1 + nodeIndex);
    }

    /** The entry's vector timestamp, padded with zeros to {@code width}. */
    public int[] vc(int entry, int width) {
        int[] out = new int[width];
        int ref = vcRefs.get(entry);
        if (ref == NO_VC) return out;
        int stored = Math.min(width, vcArena.get(ref));
        for (int i = 0; i < stored; i++) out[i] = vcArena.get(ref + 1 + i);
        return out;
    }

    /** Receive rule for vectors: take the componentwise max with the entry's timestamp. */
    public void mergeVcInto(int entry, int[] target) {
        int ref = vcRefs.get(entry);
        if (ref == NO_VC) return;
        vcArena.maxInto(ref + 1, target, Math.min(target.length, vcArena.get(ref)));
    }

    /**
     * Happens-before between two entries, from their vector timestamps: a → b iff
     * V(a) ≤ V(b) and a ≠ b, which for vector clocks reduces to V(a)[node(a)] ≤ V(b)[node(a)]
     * (Fidge 1988, Mattern 1989).
     */
    public boolean happensBefore(int a, int b) {
        if (a == b) return false;
        int owner = node(a);
        return vcAt(a, owner) <= vcAt(b, owner);
    }
}
