package distlab.sim.column;

import java.util.Arrays;

/** A growable column of {@code long} values, stored in chunks (see {@link Chunks}). */
public final class LongColumn {
    private long[][] chunks = new long[4][];
    /** The chunk being filled and the next free place in it: the fast path of {@link #add}. */
    private long[] tail;
    private int tailFree;
    private int size;
    /** Chunks shared with snapshots: copied before a write (see {@link Chunks#share}). */
    private boolean[] shared = new boolean[0];

    public int size() {
        return size;
    }

    public int add(long value) {
        if (tailFree == 0) newTail();
        tail[Chunks.SIZE - tailFree--] = value;
        return size++;
    }

    private void newTail() {
        int c = Chunks.chunk(size);
        if (c == chunks.length) chunks = Arrays.copyOf(chunks, c * 2);
        if (chunks[c] == null) chunks[c] = new long[Chunks.SIZE];
        ownChunk(c);
        tail = chunks[c];
        tailFree = Chunks.SIZE - Chunks.offset(size);
    }

    public long get(int index) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        return chunks[Chunks.chunk(index)][Chunks.offset(index)];
    }

    public void set(int index, long value) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        ownChunk(Chunks.chunk(index));
        chunks[Chunks.chunk(index)][Chunks.offset(index)] = value;
    }


    /** Shares the full chunks with snapshots (see {@link Chunks#share}). */
    public void share(java.util.Set<Object> keep) {
        shared = Chunks.share(chunks, shared, size, keep);
        tailFree = 0; // the next append finds the chunk being filled shared, and copies it
    }

    private void ownChunk(int c) {
        if (!Chunks.isShared(shared, c)) return;
        long[] own = chunks[c].clone();
        if (tail == chunks[c]) tail = own;
        chunks[c] = own;
        shared[c] = false;
    }

    /** Heap bytes the column holds (its allocated chunks), for memory budgets. */
    public long bytes() {
        return Chunks.bytes(chunks, Long.BYTES);
    }
}
