package distlab.sim.column;

import java.util.Arrays;

/** A growable column of {@code long} values, stored in chunks (see {@link Chunks}). */
public final class LongColumn {
    private long[][] chunks = new long[4][];
    private int size;

    public int size() {
        return size;
    }

    public int add(long value) {
        int index = size;
        int c = Chunks.chunk(index);
        if (c == chunks.length) chunks = Arrays.copyOf(chunks, c * 2);
        if (chunks[c] == null) chunks[c] = new long[Chunks.SIZE];
        chunks[c][Chunks.offset(index)] = value;
        size++;
        return index;
    }

    public long get(int index) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        return chunks[Chunks.chunk(index)][Chunks.offset(index)];
    }

    public void set(int index, long value) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        chunks[Chunks.chunk(index)][Chunks.offset(index)] = value;
    }
}
