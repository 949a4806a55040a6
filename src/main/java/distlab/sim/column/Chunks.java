package distlab.sim.column;

/**
 * Columns store a journal that only grows. They keep values in fixed-size chunks, so
 * growing never copies what is there and never leaves half an array unused: the
 * trace costs what it holds, a few dozen bytes per event. There is one column class per
 * primitive type because Java generics cannot hold primitives without boxing each value.
 */
final class Chunks {
    static final int SHIFT = 14;
    static final int SIZE = 1 << SHIFT;
    static final int MASK = SIZE - 1;

    private Chunks() {}

    static int chunk(int index) {
        return index >>> SHIFT;
    }

    static int offset(int index) {
        return index & MASK;
    }
}
