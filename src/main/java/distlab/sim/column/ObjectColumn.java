package distlab.sim.column;

import java.util.Arrays;

/** A growable column of references, stored in chunks (see {@link Chunks}). */
public final class ObjectColumn<T> {
    private Object[][] chunks = new Object[4][];
    private int size;

    public int size() {
        return size;
    }

    public int add(T value) {
        int index = size;
        int c = Chunks.chunk(index);
        if (c == chunks.length) chunks = Arrays.copyOf(chunks, c * 2);
        int offset = Chunks.offset(index);
        Object[] chunk = chunks[c];
        if (chunk == null) chunks[c] = chunk = new Object[Chunks.grown(0, offset + 1)];
        else if (chunk.length <= offset) chunks[c] = chunk = Arrays.copyOf(chunk, Chunks.grown(chunk.length, offset + 1));
        chunk[offset] = value;
        size++;
        return index;
    }

    @SuppressWarnings("unchecked")
    public T get(int index) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        return (T) chunks[Chunks.chunk(index)][Chunks.offset(index)];
    }

    public void set(int index, T value) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        chunks[Chunks.chunk(index)][Chunks.offset(index)] = value;
    }

    /** Heap bytes the column holds (its allocated chunks), for memory budgets. */
    public long bytes() {
        return Chunks.bytes(chunks, Chunks.REFERENCE);
    }
}
