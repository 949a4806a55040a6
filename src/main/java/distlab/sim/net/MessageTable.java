package distlab.sim.net;

import distlab.sim.column.ByteColumn;
import distlab.sim.column.IntColumn;
import distlab.sim.column.LongColumn;
import distlab.sim.column.ObjectColumn;

/**
 * Every message ever sent, numbered from 1 in send order (m1, m2, ...). Stored column by
 * column like the trace. A message's Lamport and vector stamps are those of its send
 * entry in the trace, so they are not stored twice.
 */
public final class MessageTable {
    public static final long NOT_SCHEDULED = -1;

    private final IntColumn from = new IntColumn();
    private final IntColumn to = new IntColumn();
    private final ObjectColumn<Object> payloads = new ObjectColumn<>();
    private final IntColumn sendEntries = new IntColumn();
    private final IntColumn endEntries = new IntColumn();
    private final LongColumn sentAt = new LongColumn();
    private final LongColumn dueAt = new LongColumn();
    private final ByteColumn statuses = new ByteColumn();
    private final IntColumn duplicateOf = new IntColumn();
    /** Created at the first message with a size, so a session without sizes pays nothing for them. */
    private LongColumn sizes;
    private int inflight;

    public MessageTable() {
        // Slot 0 is unused so that message m1 is at index 1.
        add(-1, -1, null, -1, 0, 0, 0);
        statuses.set(0, (byte) MessageStatus.DROPPED.ordinal());
        inflight = 0;
    }

    /** Number of the next message that {@link #add} will create. */
    public int nextNumber() {
        return from.size();
    }

    public int add(int fromNode, int toNode, Object payload, int sendEntry, long sentTime, int duplicateOfMessage, long sizeBytes) {
        from.add(fromNode);
        to.add(toNode);
        payloads.add(payload);
        sendEntries.add(sendEntry);
        endEntries.add(-1);
        sentAt.add(sentTime);
        dueAt.add(NOT_SCHEDULED);
        statuses.add((byte) MessageStatus.INFLIGHT.ordinal());
        duplicateOf.add(duplicateOfMessage);
        if (sizeBytes != 0 && sizes == null) {
            sizes = new LongColumn();
            for (int m = 0; m < from.size() - 1; m++) sizes.add(0);
        }
        if (sizes != null) sizes.add(sizeBytes);
        inflight++;
        return from.size() - 1;
    }

    /** How many messages were sent (the highest message number). */
    public int count() {
        return from.size() - 1;
    }

    public int inflight() {
        return inflight;
    }

    public boolean exists(int message) {
        return message >= 1 && message < from.size();
    }

    public int from(int m) { return from.get(m); }

    public int to(int m) { return to.get(m); }

    public Object payload(int m) { return payloads.get(m); }

    public int sendEntry(int m) { return sendEntries.get(m); }

    /** The receive or drop entry that ended the message's flight, or -1. */
    public int endEntry(int m) { return endEntries.get(m); }

    public long sentAt(int m) { return sentAt.get(m); }

    /** When the network will deliver it, or {@link #NOT_SCHEDULED} (manual mode). */
    public long dueAt(int m) { return dueAt.get(m); }

    public void setDueAt(int m, long time) { dueAt.set(m, time); }

    public MessageStatus status(int m) { return MessageStatus.of(statuses.get(m)); }

    /** Bytes it puts on the wire (0: only latency counts). */
    public long size(int m) { return sizes == null ? 0 : sizes.get(m); }

    /** The message this one duplicates, or 0. */
    public int duplicateOf(int m) { return duplicateOf.get(m); }

    public void finish(int m, MessageStatus status, int entry) {
        statuses.set(m, (byte) status.ordinal());
        endEntries.set(m, entry);
        inflight--;
    }

    /** Heap bytes the table holds (payload objects not counted: protocols share them). */
    public long bytes() {
        return from.bytes() + to.bytes() + payloads.bytes() + sendEntries.bytes() + endEntries.bytes() + sentAt.bytes()
                + dueAt.bytes() + statuses.bytes() + duplicateOf.bytes();
    }
    /** Shares full chunks with snapshots, copy on write (a message's row changes when it ends). */
    public void share(java.util.Set<Object> keep) {
        from.share(keep);
        to.share(keep);
        payloads.share(keep);
        sendEntries.share(keep);
        endEntries.share(keep);
        sentAt.share(keep);
        dueAt.share(keep);
        statuses.share(keep);
        duplicateOf.share(keep);
        if (sizes != null) sizes.share(keep);
    }

}
