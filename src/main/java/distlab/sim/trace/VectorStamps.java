package distlab.sim.trace;

import distlab.sim.column.ByteColumn;
import java.util.Arrays;

/**
 * The trace's vector timestamps, stored compactly. A node's next stamp differs from its
 * previous one in few entries: a send or local event ticks its own entry, a receive also
 * raises the entries the sender knew more about. So each node keeps a chain: a checkpoint
 * (the whole vector) followed by deltas against the node's previous stamp, and a stamp is
 * the checkpoint plus every delta on the way back to it. A new checkpoint starts when the
 * deltas since the last one would outweigh it, or the chain gets long, so that reading a
 * stamp costs about as much as reading a whole vector. Everything is varints in one byte
 * arena; a stamp's reference is the offset of its record.
 *
 * <p>Records (the header's low bit tells them apart):
 * <pre>
 * checkpoint: (width << 1)           then width values
 * tick:       (back << 2) | 0b01     the owner's own entry + 1; nothing else changed
 * delta:      (back << 2) | 0b11     then a count, then count pairs (index gap, increase)
 * </pre>
 * {@code back} is the distance in bytes to the node's previous record. Entries of a node's
 * vector never decrease (tick and max), so increases are positive and a stamp is the sum
 * of its chain; an entry beyond a stamp's width is 0.
 *
 * <p>The store applies the vector clock rules itself ({@link #tick}, {@link #receive}), so
 * it knows which entries changed without comparing whole vectors. And since the kernel
 * reads a send's stamp when the message arrives, usually soon after, the stamps of the
 * latest sends are also kept whole in a ring indexed by message number.
 */
final class VectorStamps {
    /** Longest chain of deltas: bounds the work of reading one stamp. */
    static final int MAX_CHAIN = 32;
    /** Deltas a chain may hold even when its checkpoint is smaller (a few nodes): checkpoints cost more to write. */
    private static final int MIN_CHAIN_BYTES = 64;
    private static final int MAX_BACK = Integer.MAX_VALUE >>> 2;
    /** Memory for the ring of recent send stamps. */
    private static final long RING_BYTES = 8L << 20;

    private final ByteColumn arena = new ByteColumn();
    /**
     * Per node, side by side (one cache line): the reference of its latest record (-1 before
     * its first), the bytes of its latest checkpoint, and the bytes and records of deltas since.
     */
    private int[] chains = new int[0];
    private static final int LATEST = 0, CHECKPOINT_BYTES = 1, CHAIN_BYTES = 2, CHAIN_LENGTH = 3, STRIDE = 4;
    /** Scratch space for a receive: the entries that rose, in order, and by how much. */
    private int[] changed = new int[0];
    private int[] increases = new int[0];
    /** Scratch space for a record being written: a checkpoint at most (5 bytes a varint). */
    private byte[] record = new byte[16];
    /** Scratch space for decoding a stamp: all zeros between calls (the kernel's one thread uses it). */
    private int[] sums = new int[0];
    /** The ring: slot {@code message & ringMask} holds a send's reference and, from {@code slot * ringStride}, its vector. */
    private int[] ringRefs = new int[0];
    private int[] ringStamps = new int[0];
    private int ringStride;
    private int ringMask;

    /**
     * The vector rule for a send or local event at {@code node}: {@code vc[node] += 1}.
     * Records the new stamp {@code vc[0..width)} and returns its reference; a send passes
     * its message number (to find the stamp again when it arrives), other events 0.
     */
    int tick(int node, int[] vc, int width, int message) {
        grow(node, width);
        vc[node]++;
        int ref;
        int back = arena.size() - chains[node * STRIDE + LATEST];
        int header = (back << 2) | 0b01;
        int size = ByteColumn.varintSize(header);
        if (mustCheckpoint(node, back, size)) {
            ref = checkpoint(node, vc, width);
        } else {
            ref = arena.addVarint(header);
            extendChain(node, size, ref);
        }
        if (message > 0) keepInRing(message, ref, vc, width);
        return ref;
    }

    /**
     * The vector rule for a receive at {@code node}: {@code vc := max(vc, sent)}, then
     * {@code vc[node] += 1}, where {@code sent} is the stamp {@code sentRef} of the send at
     * {@code sender} (message {@code message}). Records the new stamp and returns its reference.
     */
    int receive(int node, int[] vc, int width, int sentRef, int sender, int message) {
        grow(node, width);
        int slot = message & ringMask;
        int count;
        if (ringRefs.length > 0 && ringRefs[slot] == sentRef) {
            count = raise(vc, ringStamps, slot * ringStride, Math.min(width, ringStride), node);
        } else {
            addInto(sentRef, sender, sums, width);
            count = raise(vc, sums, 0, width, node);
            Arrays.fill(sums, 0, width, 0);
        }
        int back = arena.size() - chains[node * STRIDE + LATEST];
        // The record is put together in a scratch array, then copied in one go.
        int size = ByteColumn.putVarint(record, 0, (back << 2) | 0b11);
        size = ByteColumn.putVarint(record, size, count);
        int last = -1;
        for (int k = 0; k < count; k++) {
            size = ByteColumn.putVarint(record, size, changed[k] - last);
            size = ByteColumn.putVarint(record, size, increases[k]);
            last = changed[k];
        }
        if (mustCheckpoint(node, back, size)) return checkpoint(node, vc, width);
        int ref = arena.addAll(record, size);
        extendChain(node, size, ref);
        return ref;
    }

    /**
     * vc := max(vc, sent), then vc[node] += 1, where sent is {@code from[offset..offset+n)}
     * (0 beyond); notes the entries that rose, in order, and by how much; returns how many.
     */
    private int raise(int[] vc, int[] from, int offset, int n, int node) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            int s = from[offset + i];
            if (s > vc[i]) {
                changed[count] = i;
                increases[count++] = s - vc[i];
                vc[i] = s;
            }
        }
        // The own entry rises by one more; nobody knows more of it than the node itself.
        int at = 0;
        while (at < count && changed[at] < node) at++;
        if (at == count || changed[at] != node) {
            for (int k = count; k > at; k--) {
                changed[k] = changed[k - 1];
                increases[k] = increases[k - 1];
            }
            changed[at] = node;
            increases[at] = 0;
            count++;
        }
        increases[at]++;
        vc[node]++;
        return count;
    }

    /**
     * A node's first stamp, a long chain, or deltas that would outweigh a checkpoint (or
     * {@link #MIN_CHAIN_BYTES}, for narrow vectors) start a new one.
     */
    private boolean mustCheckpoint(int node, int back, int size) {
        int at = node * STRIDE;
        return chains[at + LATEST] < 0 || back > MAX_BACK || chains[at + CHAIN_LENGTH] >= MAX_CHAIN
                || chains[at + CHAIN_BYTES] + size > Math.max(MIN_CHAIN_BYTES, chains[at + CHECKPOINT_BYTES]);
    }

    private void extendChain(int node, int size, int ref) {
        int at = node * STRIDE;
        chains[at + CHAIN_BYTES] += size;
        chains[at + CHAIN_LENGTH]++;
        chains[at + LATEST] = ref;
    }

    private int checkpoint(int node, int[] vc, int width) {
        int size = ByteColumn.putVarint(record, 0, width << 1);
        for (int i = 0; i < width; i++) size = ByteColumn.putVarint(record, size, vc[i]);
        int ref = arena.addAll(record, size);
        int at = node * STRIDE;
        chains[at + CHECKPOINT_BYTES] = arena.size() - ref;
        chains[at + CHAIN_BYTES] = 0;
        chains[at + CHAIN_LENGTH] = 0;
        chains[at + LATEST] = ref;
        return ref;
    }

    private void keepInRing(int message, int ref, int[] vc, int width) {
        if (width > ringStride) newRing(Math.max(width, 2 * ringStride), message);
        else if (message > ringMask && ringMask + 1 < maxSlots(ringStride)) newRing(ringStride, message);
        int slot = message & ringMask;
        int from = slot * ringStride;
        System.arraycopy(vc, 0, ringStamps, from, width);
        if (width < ringStride) Arrays.fill(ringStamps, from + width, from + ringStride, 0);
        ringRefs[slot] = ref;
    }

    /**
     * A new ring, empty: for wider vectors (nodes were added), or more slots as message numbers
     * grow. It starts at 64 slots and doubles up to as many as fit in its memory, so a young
     * trace stays small to copy (explore copies a session's state for every state it searches).
     */
    private void newRing(int stride, int message) {
        ringStride = stride;
        int slots = Math.min(maxSlots(stride), Math.max(64, Integer.highestOneBit(message) << 1));
        ringMask = slots - 1;
        ringRefs = new int[slots];
        Arrays.fill(ringRefs, -1);
        ringStamps = new int[slots * ringStride];
    }

    private static int maxSlots(int stride) {
        return Integer.highestOneBit((int) Math.min(8192, RING_BYTES / (4L * stride)));
    }

    private void grow(int node, int width) {
        if (node * STRIDE >= chains.length) {
            int old = chains.length;
            chains = Arrays.copyOf(chains, Math.max((node + 1) * STRIDE, old * 2));
            for (int at = old; at < chains.length; at += STRIDE) chains[at + LATEST] = -1;
        }
        if (changed.length <= width) {
            changed = new int[width + 1];
            increases = new int[width + 1];
            sums = new int[width + 1];
            record = new byte[10 * (width + 2)];
        }
    }

    /** Entry {@code index} of the stamp {@code ref} of an event at {@code owner}. */
    int component(int ref, int owner, int index) {
        int sum = 0;
        int r = ref;
        while (true) {
            int header = arena.varintAt(r);
            int p = r + ByteColumn.varintSize(header);
            if ((header & 1) == 0) {
                int width = header >>> 1;
                if (index >= width) return sum;
                for (int i = 0; i < index; i++) p += ByteColumn.varintSize(arena.varintAt(p));
                return sum + arena.varintAt(p);
            }
            if ((header & 0b10) == 0) {
                if (index == owner) sum++;
            } else {
                sum += deltaAt(p, index);
            }
            r -= header >>> 2;
        }
    }

    /** The increase of entry {@code index} in the delta whose count starts at {@code p}. */
    private int deltaAt(int p, int index) {
        int count = arena.varintAt(p);
        p += ByteColumn.varintSize(count);
        int i = -1;
        for (int k = 0; k < count; k++) {
            int gap = arena.varintAt(p);
            p += ByteColumn.varintSize(gap);
            i += gap;
            int increase = arena.varintAt(p);
            if (i == index) return increase;
            if (i > index) return 0;
            p += ByteColumn.varintSize(increase);
        }
        return 0;
    }

    /** Adds entries {@code [0, n)} of the stamp {@code ref} of an event at {@code owner} into {@code out}. */
    void addInto(int ref, int owner, int[] out, int n) {
        int r = ref;
        while (true) {
            int header = arena.varintAt(r);
            int p = r + ByteColumn.varintSize(header);
            if ((header & 1) == 0) {
                int stored = Math.min(header >>> 1, n);
                for (int i = 0; i < stored; i++) {
                    int v = arena.varintAt(p);
                    out[i] += v;
                    p += ByteColumn.varintSize(v);
                }
                return;
            }
            if ((header & 0b10) == 0) {
                if (owner < n) out[owner]++;
            } else {
                addDelta(p, out, n);
            }
            r -= header >>> 2;
        }
    }

    private void addDelta(int p, int[] out, int n) {
        int count = arena.varintAt(p);
        p += ByteColumn.varintSize(count);
        int i = -1;
        for (int k = 0; k < count; k++) {
            int gap = arena.varintAt(p);
            p += ByteColumn.varintSize(gap);
            i += gap;
            if (i >= n) return;
            int increase = arena.varintAt(p);
            p += ByteColumn.varintSize(increase);
            out[i] += increase;
        }
    }

    /** Heap bytes held, for the trace's memory budget. */
    long bytes() {
        return arena.bytes() + 4L * (chains.length + 3 * changed.length + ringRefs.length + ringStamps.length);
    }
    /** Shares the arena's full chunks with snapshots, copy on write. */
    void share(java.util.Set<Object> keep) {
        arena.share(keep);
    }

}
