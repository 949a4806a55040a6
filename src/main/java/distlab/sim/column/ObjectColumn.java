package distlab.sim.column;

import java.util.Arrays;

/** A growable column of references, stored in chunks (see {@link Chunks}). */
public final class ObjectColumn<T> {
    private Object[][] chunks = new Object[4][];
    private int size;
    /** Chunks shared with snapshots: copied before a write (see {@link Chunks#share}). */
    private boolean[] shared = new boolean[0];

    public int size() {
        return size;
    }

    public int add(T value) {
        int index = size;
        int c = Chunks.chunk(index);
        if (c == chunks.length) chunks = Arrays.copyOf(chunks, c * 2);
        if (chunks[c] == null) chunks[c] = new Object[Chunks.SIZE];
        ownChunk(c);
        chunks[c][Chunks.offset(index)] = value;
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
        ownChunk(Chunks.chunk(index));
        chunks[Chunks.chunk(index)][Chunks.offset(index)] = value;
    }


    /** Shares the full chunks with snapshots (see {@link Chunks#share}). */
    public void share(java.util.Set<Object> keep) {
        shared = Chunks.share(chunks, shared, size, keep);
    }

    private void ownChunk(int c) {
        if (!Chunks.isShared(shared, c)) return;
        Object[] own = chunks[c].clone();
        
        chunks[c] = own;
        shared[c] = false;
    }

    /** Heap bytes the column holds (its allocated chunks), for memory budgets. */
    public long bytes() {
        return Chunks.bytes(chunks, Chunks.REFERENCE);
    }
}
