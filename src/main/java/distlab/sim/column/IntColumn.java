package distlab.sim.column;

import java.util.Arrays;

/** A growable column of {@code int} values, stored in chunks (see {@link Chunks}). */
public final class IntColumn {
    private int[][] chunks = new int[4][];
    /** The chunk being filled and the next free place in it: the fast path of {@link #add}. */
    private int[] tail;
    private int tailFree;
    private int size;

    public int size() {
        return size;
    }

    public int add(int value) {
        if (tailFree == 0) newTail();
        tail[tail.length - tailFree--] = value;
        return size++;
    }

    private void newTail() {
        int c = Chunks.chunk(size);
        if (c == chunks.length) chunks = Arrays.copyOf(chunks, c * 2);
        int offset = Chunks.offset(size);
        int[] chunk = chunks[c];
        if (chunk == null) chunk = new int[Chunks.grown(0, offset + 1)];
        else if (chunk.length <= offset) chunk = Arrays.copyOf(chunk, Chunks.grown(chunk.length, offset + 1));
        chunks[c] = chunk;
        tail = chunk;
        tailFree = chunk.length - offset;
    }

    /** Appends {@code count} values from the array, copying chunk by chunk. */
    public int addAll(int[] values, int count) {
        int first = size;
        int done = 0;
        while (done < count) {
            int c = Chunks.chunk(size);
            if (c == chunks.length) chunks = Arrays.copyOf(chunks, c * 2);
            int offset = Chunks.offset(size);
            int n = Math.min(count - done, Chunks.SIZE - offset);
            if (chunks[c] == null) chunks[c] = new int[Chunks.grown(0, offset + n)];
            else if (chunks[c].length < offset + n) chunks[c] = Arrays.copyOf(chunks[c], Chunks.grown(chunks[c].length, offset + n));
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
        chunks[Chunks.chunk(index)][Chunks.offset(index)] = value;
    }

    /** Heap bytes the column holds (its allocated chunks), for memory budgets. */
    public long bytes() {
        return Chunks.bytes(chunks, Integer.BYTES);
    }
}
