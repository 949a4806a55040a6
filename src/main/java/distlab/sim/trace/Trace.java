package distlab.sim.trace;

import distlab.sim.column.ByteColumn;
import distlab.sim.column.IntColumn;
import distlab.sim.column.LongColumn;
import distlab.sim.column.ObjectColumn;

/**
 * The journal of everything that happened, Maelstrom-style: the one source for every view
 * and check. Stored column by column so that millions of entries stay small; entry i is
 * read through the accessors. Vector timestamps are kept compactly by {@link VectorStamps};
 * each is as wide as the node count when it was taken, and a missing entry is 0.
 */
public final class Trace {
    /** In {@code stamps}: an entry without vector stamps. Notes refer to their event as -2 - entry. */
    private static final int NO_VC = -1;

    private final ByteColumn kinds = new ByteColumn();
    private final IntColumn nodes = new IntColumn();
    private final LongColumn times = new LongColumn();
    private final IntColumn lamports = new IntColumn();
    private final IntColumn messages = new IntColumn();
    /** An event's reference into {@code vectors}; a note's event whose stamps it shares (-2 - entry), or NO_VC. */
    private final IntColumn stamps = new IntColumn();
    private final IntColumn eventNumbers = new IntColumn();
    private final ObjectColumn<Object> labels = new ObjectColumn<>();
    private final VectorStamps vectors = new VectorStamps();
    private final IntColumn entryOfEvent = new IntColumn();
    private final int[] countByKind = new int[EntryKind.values().length];

    public Trace() {
        entryOfEvent.add(-1); // events are numbered from 1
    }

    /**
     * Records a send or a local event (a delivery is one) at {@code node}, applying the vector clock rule for it
     * to the node's clock {@code vc}: tick the own entry. {@code vc[0..width)} is then the
     * event's stamp.
     */
    public int recordTick(EntryKind kind, int node, long time, int lamport, int[] vc, int width, int message, Object label) {
        if (kind != EntryKind.SEND && kind != EntryKind.LOCAL && kind != EntryKind.DELIVER) {
            throw new IllegalArgumentException("not a send, local or deliver event: " + kind);
        }
        int vcRef = vectors.tick(node, vc, width, kind == EntryKind.SEND ? message : 0);
        return appendEvent(kind, node, time, lamport, message, vcRef, label);
    }

    /**
     * Records the receipt at {@code node} of the message sent at {@code sendEntry}, applying
     * the vector clock receive rule to the node's clock {@code vc}: the componentwise max with
     * the message's stamp, then tick the own entry.
     */
    public int recordReceive(int node, long time, int lamport, int[] vc, int width, int message, int sendEntry) {
        int vcRef = vectors.receive(node, vc, width, stamps.get(sendEntry), nodes.get(sendEntry), messages.get(sendEntry));
        return appendEvent(EntryKind.RECEIVE, node, time, lamport, message, vcRef, null);
    }

    private int appendEvent(EntryKind kind, int node, long time, int lamport, int message, int vcRef, Object label) {
        int entry = append(kind, node, time, lamport, message, vcRef, entryOfEvent.size(), label);
        entryOfEvent.add(entry);
        return entry;
    }

    /**
     * Records a note (drop, timer, crash, restart): not an event, so no clock ticks; it
     * shares the stamps of {@code stampsOf}, an earlier entry, or has none when that is -1.
     */
    public int recordNote(EntryKind kind, int node, long time, int message, Object label, int stampsOf) {
        int lamport = stampsOf < 0 ? 0 : lamports.get(stampsOf);
        int event = stampsOf < 0 ? -1 : stampEvent(stampsOf);
        int vcRef = event < 0 ? NO_VC : -2 - event;
        return append(kind, node, time, lamport, message, vcRef, 0, label);
    }

    private int append(EntryKind kind, int node, long time, int lamport, int message, int vcRef, int eventNumber, Object label) {
        countByKind[kind.ordinal()]++;
        kinds.add((byte) kind.ordinal());
        nodes.add(node);
        times.add(time);
        lamports.add(lamport);
        messages.add(message);
        stamps.add(vcRef);
        eventNumbers.add(eventNumber);
        return labels.add(label);
    }

    public int size() { return kinds.size(); }

    /** How many entries of this kind there are. */
    public int count(EntryKind kind) { return countByKind[kind.ordinal()]; }

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

    /** The event whose vector stamps the entry carries (itself, or a note's event), or -1. */
    private int stampEvent(int entry) {
        int ref = stamps.get(entry);
        if (ref >= 0) return entry;
        return ref == NO_VC ? -1 : -2 - ref;
    }

    /** Component {@code nodeIndex} of the entry's vector timestamp (0 where it has none). */
    public int vcAt(int entry, int nodeIndex) {
        int event = stampEvent(entry);
        if (event < 0) return 0;
        return vectors.component(stamps.get(event), nodes.get(event), nodeIndex);
    }

    /** The entry's vector timestamp, padded with zeros to {@code width}. */
    public int[] vc(int entry, int width) {
        int[] out = new int[width];
        int event = stampEvent(entry);
        if (event >= 0) vectors.addInto(stamps.get(event), nodes.get(event), out, width);
        return out;
    }

    /** Receive rule for vectors: take the componentwise max with the entry's timestamp. */
    public void mergeVcInto(int entry, int[] target) {
        int[] stamp = vc(entry, target.length);
        for (int i = 0; i < target.length; i++) target[i] = Math.max(target[i], stamp[i]);
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

    /** Heap bytes the trace holds: what its memory budget counts (an estimate, the same on every run). */
    public long bytes() {
        return kinds.bytes() + nodes.bytes() + times.bytes() + lamports.bytes() + messages.bytes() + stamps.bytes()
                + eventNumbers.bytes() + labels.bytes() + vectors.bytes() + entryOfEvent.bytes();
    }
    /** Shares what is recorded with snapshots, copy on write (docs/architecture.md, snapshots). */
    public void share(java.util.Set<Object> keep) {
        kinds.share(keep);
        nodes.share(keep);
        times.share(keep);
        lamports.share(keep);
        messages.share(keep);
        stamps.share(keep);
        eventNumbers.share(keep);
        labels.share(keep);
        vectors.share(keep);
        entryOfEvent.share(keep);
    }

}
