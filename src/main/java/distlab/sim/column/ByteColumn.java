package distlab.sim.column;

import java.util.Arrays;

/** A growable column of {@code byte} values, stored in chunks (see {@link Chunks}). */
public final class ByteColumn {
    private byte[][] chunks = new byte[4][];
    private int size;

    public int size() {
        return size;
    }

    public int add(byte value) {
        int index = size;
        int c = Chunks.chunk(index);
        if (c == chunks.length) chunks = Arrays.copyOf(chunks, c * 2);
        if (chunks[c] == null) chunks[c] = new byte[Chunks.SIZE];
        chunks[c][Chunks.offset(index)] = value;
        size++;
        return index;
    }

    public byte get(int index) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        return chunks[Chunks.chunk(index)][Chunks.offset(index)];
    }

    public void set(int index, byte value) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        chunks[Chunks.chunk(index)][Chunks.offset(index)] = value;
    }
}
