package distlab.sim.column;

import java.util.Arrays;

/**
 * A growable column of {@code byte} values, stored in chunks (see {@link Chunks}). It also
 * holds unsigned varints (7 bits a byte, low bits first, as in protocol buffers), the
 * encoding of the trace's compact vector timestamps.
 */
public final class ByteColumn {
    private byte[][] chunks = new byte[4][];
    /** The chunk being filled and the next free place in it: the fast path of {@link #add}. */
    private byte[] tail;
    private int tailFree;
    private int size;

    public int size() {
        return size;
    }

    public int add(byte value) {
        if (tailFree == 0) newTail();
        tail[tail.length - tailFree--] = value;
        return size++;
    }

    private void newTail() {
        int c = Chunks.chunk(size);
        if (c == chunks.length) chunks = Arrays.copyOf(chunks, c * 2);
        int offset = Chunks.offset(size);
        byte[] chunk = chunks[c];
        if (chunk == null) chunk = new byte[Chunks.grown(0, offset + 1)];
        else if (chunk.length <= offset) chunk = Arrays.copyOf(chunk, Chunks.grown(chunk.length, offset + 1));
        chunks[c] = chunk;
        tail = chunk;
        tailFree = chunk.length - offset;
    }

    /** Appends {@code value} (at least 0) as a varint; returns the index of its first byte. */
    public int addVarint(int value) {
        int first = size;
        if (tailFree >= 5) {
            // Fast path: the whole varint fits in the chunk being filled.
            int at = tail.length - tailFree;
            int start = at;
            while ((value & ~0x7F) != 0) {
                tail[at++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            tail[at++] = (byte) value;
            tailFree -= at - start;
            size += at - start;
            return first;
        }
        while ((value & ~0x7F) != 0) {
            add((byte) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        add((byte) value);
        return first;
    }

    /** Appends {@code count} bytes from the array, copying chunk by chunk; returns the index of the first. */
    public int addAll(byte[] values, int count) {
        int first = size;
        int done = 0;
        while (done < count) {
            if (tailFree == 0) newTail();
            int n = Math.min(count - done, tailFree);
            System.arraycopy(values, done, tail, tail.length - tailFree, n);
            tailFree -= n;
            size += n;
            done += n;
        }
        return first;
    }

    /** Writes {@code value} (at least 0) as a varint into {@code out} at {@code at}; returns the index after it. */
    public static int putVarint(byte[] out, int at, int value) {
        while ((value & ~0x7F) != 0) {
            out[at++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out[at++] = (byte) value;
        return at;
    }

    /** The varint that starts at {@code index}; it is {@link #varintSize} bytes long. */
    public int varintAt(int index) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        byte[] chunk = chunks[Chunks.chunk(index)];
        int offset = Chunks.offset(index);
        if (offset + 5 > chunk.length) return slowVarintAt(index);
        int b = chunk[offset];
        if (b >= 0) return b;
        int value = b & 0x7F;
        for (int shift = 7; ; shift += 7) {
            b = chunk[++offset];
            value |= (b & 0x7F) << shift;
            if (b >= 0) return value;
        }
    }

    /** A varint that may cross into the next chunk. */
    private int slowVarintAt(int index) {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = get(index++);
            value |= (b & 0x7F) << shift;
            if (b >= 0) return value;
        }
    }

    /** How many bytes {@link #addVarint} writes for {@code value}. */
    public static int varintSize(int value) {
        if ((value & ~0x7F) == 0) return 1;
        if ((value & ~0x3FFF) == 0) return 2;
        if ((value & ~0x1FFFFF) == 0) return 3;
        if ((value & ~0xFFFFFFF) == 0) return 4;
        return 5;
    }

    public byte get(int index) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        return chunks[Chunks.chunk(index)][Chunks.offset(index)];
    }

    public void set(int index, byte value) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        chunks[Chunks.chunk(index)][Chunks.offset(index)] = value;
    }

    /** Heap bytes the column holds (its allocated chunks), for memory budgets. */
    public long bytes() {
        return Chunks.bytes(chunks, Byte.BYTES);
    }
}
