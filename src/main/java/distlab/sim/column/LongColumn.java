package distlab.sim.column;

import java.util.Arrays;

/** A growable column of {@code long} values, stored in chunks (see {@link Chunks}). */
public final class LongColumn {
    private long[][] chunks = new long[4][];
    /** The chunk being filled and the next free place in it: the fast path of {@link #add}. */
    private long[] tail;
    private int tailFree;
    private int size;

    public int size() {
        return size;
    }

    public int add(long value) {
        if (tailFree == 0) newTail();
        tail[tail.length - tailFree--] = value;
        return size++;
    }

    private void newTail() {
        int c = Chunks.chunk(size);
        if (c == chunks.length) chunks = Arrays.copyOf(chunks, c * 2);
        int offset = Chunks.offset(size);
        long[] chunk = chunks[c];
        if (chunk == null) chunk = new long[Chunks.grown(0, offset + 1)];
        else if (chunk.length <= offset) chunk = Arrays.copyOf(chunk, Chunks.grown(chunk.length, offset + 1));
        chunks[c] = chunk;
        tail = chunk;
        tailFree = chunk.length - offset;
    }

    public long get(int index) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        return chunks[Chunks.chunk(index)][Chunks.offset(index)];
    }

    public void set(int index, long value) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        chunks[Chunks.chunk(index)][Chunks.offset(index)] = value;
    }

    /** Heap bytes the column holds (its allocated chunks), for memory budgets. */
    public long bytes() {
        return Chunks.bytes(chunks, Long.BYTES);
    }
}
