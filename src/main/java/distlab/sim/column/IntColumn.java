package distlab.sim.column;

import java.util.Arrays;

/** A growable column of {@code int} values, stored in chunks (see {@link Chunks}). */
public final class IntColumn {
    private int[][] chunks = new int[4][];
    /** The chunk being filled and the next free place in it: the fast path of {@link #add}. */
    private int[] tail;
    private int tailFree;
    private int size;
    /** Chunks shared with snapshots: copied before a write (see {@link Chunks#share}). */
    private boolean[] shared = new boolean[0];

    public int size() {
        return size;
    }

    public int add(int value) {
        if (tailFree == 0) newTail();
        tail[Chunks.SIZE - tailFree--] = value;
        return size++;
    }

    private void newTail() {
        int c = Chunks.chunk(size);
        if (c == chunks.length) chunks = Arrays.copyOf(chunks, c * 2);
        if (chunks[c] == null) chunks[c] = new int[Chunks.SIZE];
        ownChunk(c);
        tail = chunks[c];
        tailFree = Chunks.SIZE - Chunks.offset(size);
    }

    /** Appends {@code count} values from the array, copying chunk by chunk. */
    public int addAll(int[] values, int count) {
        int first = size;
        int done = 0;
        while (done < count) {
            int c = Chunks.chunk(size);
            if (c == chunks.length) chunks = Arrays.copyOf(chunks, c * 2);
            if (chunks[c] == null) chunks[c] = new int[Chunks.SIZE];
            ownChunk(c);
            int offset = Chunks.offset(size);
            int n = Math.min(count - done, Chunks.SIZE - offset);
            System.arraycopy(values, done, chunks[c], offset, n);
            done += n;
            size += n;
        }
        tailFree = 0; // the fast path picks up the right chunk on the next add
        return first;
    }

    /** target[i] = max(target[i], this[from + i]) for i < count: the vector clock receive rule. */
    public void maxInto(int from, int[] target, int count) {
        if (from + count > size) throw new IndexOutOfBoundsException(from + count);
        for (int i = 0; i < count; i++) {
            int index = from + i;
            int v = chunks[Chunks.chunk(index)][Chunks.offset(index)];
            if (v > target[i]) target[i] = v;
        }
    }

    public int get(int index) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        return chunks[Chunks.chunk(index)][Chunks.offset(index)];
    }

    public void set(int index, int value) {
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
        int[] own = chunks[c].clone();
        if (tail == chunks[c]) tail = own;
        chunks[c] = own;
        shared[c] = false;
    }

    /** Heap bytes the column holds (its allocated chunks), for memory budgets. */
    public long bytes() {
        return Chunks.bytes(chunks, Integer.BYTES);
    }
}
