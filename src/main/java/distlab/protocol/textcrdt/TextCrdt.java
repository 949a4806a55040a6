package distlab.protocol.textcrdt;

import java.util.List;

/**
 * One replica of lecture 8.1's text CRDT: the visible characters with their positions
 * ({@link RunTree}), the node it runs on, and the counter that makes its positions unique.
 * Local edits take an index and return the operation to send; remote operations name
 * positions. No tombstones are kept: a deleted character is gone.
 */
public final class TextCrdt {
    private final int node;
    private final RunTree tree;
    /** How many characters this replica has inserted: the counter of the next one. */
    private int inserted;

    /** A replica on the node with this index (node order breaks ties between positions). */
    public TextCrdt(int node) {
        this(node, RunTree.Shape.DEFAULT);
    }

    /** A replica whose tree has nodes of this shape (small ones in tests, so that nodes split often). */
    TextCrdt(int node, RunTree.Shape shape) {
        this.node = node;
        this.tree = new RunTree(shape);
    }

    public int node() {
        return node;
    }

    public int length() {
        return tree.length();
    }

    public String text() {
        return tree.text();
    }

    /** Inserts a character so that it becomes character {@code index}; returns the operation. */
    public CharOp.Insert insert(int index, int codePoint) {
        Position p = tree.insertAt(index, codePoint, node, inserted);
        inserted++;
        return new CharOp.Insert(p, codePoint);
    }

    /** Deletes character {@code index}; returns the operation. */
    public CharOp.Delete delete(int index) {
        return new CharOp.Delete(tree.deleteAt(index));
    }

    /**
     * Applies another replica's operation; false when it changes nothing (the character was
     * already there, or already deleted by a concurrent delete).
     */
    public boolean apply(CharOp op) {
        if (op instanceof CharOp.Insert i) return tree.insert(i.position(), i.codePoint());
        return tree.delete(op.position());
    }

    public int codePointAt(int index) {
        return tree.codePointAt(index);
    }

    public Position positionAt(int index) {
        return tree.positionAt(index);
    }

    /** The index of the character at a position, or -1 if there is none. */
    public int indexOf(Position p) {
        return tree.indexOf(p);
    }

    /** Every character's position, in text order (O(n): for views and tests). */
    public List<Position> positions() {
        return tree.positions();
    }

    /** How many runs (stretches typed left to right by one node) the text is stored as. */
    public int runs() {
        return tree.runCount();
    }

    /** The depth of the deepest position. */
    public int maxDepth() {
        return tree.maxDepth();
    }
}
