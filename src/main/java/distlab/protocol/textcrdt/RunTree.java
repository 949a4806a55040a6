package distlab.protocol.textcrdt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The visible characters of a text CRDT replica, in position order, as a B+ tree of runs. A run
 * is a stretch of characters one node typed left to right: positions {@code prefix.(d+j)} with
 * counters {@code c+j}, for j from 0, so it is stored as one prefix, node, first digit, first
 * counter and length, plus its characters. Typing extends a run in place; an edit in the middle
 * splits one. Deleted characters are removed outright: Logoot-style positions need no
 * tombstones (lecture 8.1).
 *
 * <p>Leaves hold runs and their characters in parallel arrays; inner nodes hold each child's
 * character count, so the i-th character is found by counts (a local edit) and a position by
 * separators (a remote one): both in O(log n). A separator of child i is at most its first
 * position and above every position in child i-1; it is set when a node splits and stays valid
 * when characters are deleted. Everything is plain fields and arrays, so a session snapshot
 * copies it (docs/architecture.md, snapshots).
 */
final class RunTree {
    /** How big leaves and inner nodes grow before they split: runs and characters per leaf, children per inner node. */
    record Shape(int leafRuns, int leafChars, int fanout) {
        static final Shape DEFAULT = new Shape(32, 256, 32);

        Shape {
            if (leafRuns < 2 || leafChars < 2 || fanout < 3) throw new IllegalArgumentException("shape too small: " + leafRuns + "/" + leafChars + "/" + fanout);
        }
    }

    private final int leafRuns;
    private final int leafChars;
    private final int fanout;
    private Node root;
    private int length;

    RunTree(Shape shape) {
        this.leafRuns = shape.leafRuns();
        this.leafChars = shape.leafChars();
        this.fanout = shape.fanout();
        this.root = newLeaf();
    }

    private Leaf newLeaf() {
        return new Leaf(leafRuns + 2, leafChars + 1);
    }

    abstract static class Node {
        Inner parent;
    }

    static final class Leaf extends Node {
        int runs;
        int chars;
        final long[][] prefix;
        final int[] node;
        final int[] digit;
        final int[] counter;
        final int[] len;
        final int[] text;
        Leaf prev;
        Leaf next;

        Leaf(int runCapacity, int charCapacity) {
            prefix = new long[runCapacity][];
            node = new int[runCapacity];
            digit = new int[runCapacity];
            counter = new int[runCapacity];
            len = new int[runCapacity];
            text = new int[charCapacity];
        }

        /** The position of character j of run r, built on demand. */
        Position position(int r, int j) {
            long[] pre = prefix[r];
            long[] path = Arrays.copyOf(pre, pre.length + 1);
            path[pre.length] = Position.pair(digit[r] + j, node[r]);
            return new Position(path, counter[r] + j);
        }

        long[] path(int r, int j) {
            long[] pre = prefix[r];
            long[] path = Arrays.copyOf(pre, pre.length + 1);
            path[pre.length] = Position.pair(digit[r] + j, node[r]);
            return path;
        }
    }

    static final class Inner extends Node {
        int children;
        final Node[] child;
        final int[] count;
        /** sep[i], i >= 1: every position in child i is at least it, every one in child i-1 below it. */
        final Position[] sep;

        Inner(int capacity) {
            child = new Node[capacity];
            count = new int[capacity];
            sep = new Position[capacity];
        }

        int indexOf(Node n) {
            for (int i = 0; i < children; i++) if (child[i] == n) return i;
            throw new IllegalStateException("child not found");
        }
    }

    /** Where a character is: its leaf, run, offset in the run, and offset among the leaf's characters. */
    record Spot(Leaf leaf, int run, int offset, int textOffset) {}

    int length() {
        return length;
    }

    // ---- reading ----

    /** The character at {@code index} (0 <= index < length). */
    Spot find(int index) {
        Node n = root;
        int i = index;
        while (n instanceof Inner in) {
            int c = 0;
            while (i >= in.count[c]) i -= in.count[c++];
            n = in.child[c];
        }
        Leaf leaf = (Leaf) n;
        int textOffset = i;
        int r = 0;
        while (i >= leaf.len[r]) i -= leaf.len[r++];
        return new Spot(leaf, r, i, textOffset);
    }

    Leaf firstLeaf() {
        Node n = root;
        while (n instanceof Inner in) n = in.child[0];
        return (Leaf) n;
    }

    String text() {
        StringBuilder b = new StringBuilder(length);
        for (Leaf f = firstLeaf(); f != null; f = f.next) {
            for (int i = 0; i < f.chars; i++) b.appendCodePoint(f.text[i]);
        }
        return b.toString();
    }

    int codePointAt(int index) {
        Spot s = find(index);
        return s.leaf.text[s.textOffset];
    }

    Position positionAt(int index) {
        Spot s = find(index);
        return s.leaf.position(s.run, s.offset);
    }

    /** Every position in order (for views and tests; O(n)). */
    List<Position> positions() {
        List<Position> out = new ArrayList<>(length);
        for (Leaf f = firstLeaf(); f != null; f = f.next) {
            for (int r = 0; r < f.runs; r++) for (int j = 0; j < f.len[r]; j++) out.add(f.position(r, j));
        }
        return out;
    }

    /** How many runs the text is stored as. */
    int runCount() {
        int n = 0;
        for (Leaf f = firstLeaf(); f != null; f = f.next) n += f.runs;
        return n;
    }

    /** The deepest position's depth. */
    int maxDepth() {
        int d = 0;
        for (Leaf f = firstLeaf(); f != null; f = f.next) {
            for (int r = 0; r < f.runs; r++) d = Math.max(d, f.prefix[r].length + 1);
        }
        return d;
    }

    // ---- local edits: by index ----

    /**
     * Inserts {@code codePoint} so that it becomes character {@code index}, at a position chosen
     * by node {@code me} (Allocator's rules) with counter {@code counter}; returns the position.
     */
    Position insertAt(int index, int codePoint, int me, int counter) {
        if (index < 0 || index > length) throw new IndexOutOfBoundsException(index);
        if (index == 0) {
            long[] right = length == 0 ? null : positionAt(0).path();
            long[] path = Allocator.between(new long[0], right, me);
            Leaf first = firstLeaf();
            insertRun(first, 0, 0, path, counter, codePoint);
            return new Position(path, counter);
        }
        Spot left = find(index - 1);
        Leaf leaf = left.leaf;
        int r = left.run;
        int o = left.offset;
        // The right neighbour: next in the run, the next run, or the next leaf's first.
        Leaf rightLeaf = leaf;
        int rr = r;
        int ro = o + 1;
        if (ro == leaf.len[r]) {
            rr = r + 1;
            ro = 0;
            if (rr == leaf.runs) {
                rightLeaf = leaf.next;
                rr = 0;
            }
        }
        long[] prefix = leaf.prefix[r];
        int nextDigit = leaf.digit[r] + o + 1;
        // Rule 1: the left neighbour's path with its last digit one higher, if still before the right one.
        boolean stepFits = nextDigit < Allocator.MAX_DIGIT
                && (rightLeaf == null || compareRunChar(prefix, me, nextDigit, counter, rightLeaf, rr, ro) < 0);
        if (stepFits && o == leaf.len[r] - 1 && leaf.node[r] == me && leaf.counter[r] + leaf.len[r] == counter
                && !(left.textOffset == leaf.chars - 1 && crossesToNext(leaf, prefix, me, nextDigit, counter))) {
            Position p = leaf.position(r, o + 1);
            extendRun(leaf, r, left.textOffset + 1, codePoint);
            return p;
        }
        long[] path;
        if (stepFits) {
            path = Arrays.copyOf(prefix, prefix.length + 1);
            path[prefix.length] = Position.pair(nextDigit, me);
        } else {
            path = Allocator.between(leaf.path(r, o), rightLeaf == null ? null : rightLeaf.path(rr, ro), me);
        }
        Position p = new Position(path, counter);
        if (left.textOffset == leaf.chars - 1 && leaf.next != null) {
            Position sep = separatorAfter(leaf);
            if (sep != null && p.compareTo(sep) >= 0) {
                insertRun(leaf.next, 0, 0, path, counter, codePoint);
                return p;
            }
        }
        insertAfter(leaf, r, o, left.textOffset + 1, path, counter, codePoint);
        return p;
    }

    /** Removes character {@code index}; returns its position. */
    Position deleteAt(int index) {
        if (index < 0 || index >= length) throw new IndexOutOfBoundsException(index);
        Spot s = find(index);
        Position p = s.leaf.position(s.run, s.offset);
        remove(s.leaf, s.run, s.offset, s.textOffset);
        return p;
    }

    // ---- remote edits: by position ----

    /** Inserts a character at its position; false when the position is already there. */
    boolean insert(Position p, int codePoint) {
        Leaf leaf = leafFor(p);
        int r = runFor(leaf, p);
        if (r == leaf.runs) {
            if (r == 0) insertRun(leaf, 0, 0, p.path(), p.counter(), codePoint);
            else insertAfter(leaf, r - 1, leaf.len[r - 1] - 1, leaf.chars, p.path(), p.counter(), codePoint);
            return true;
        }
        int seek = seek(leaf, r, p);
        if ((seek & 1) != 0) return false;
        int less = seek >> 1;
        int textOffset = textBefore(leaf, r);
        if (less > 0) insertAfter(leaf, r, less - 1, textOffset + less, p.path(), p.counter(), codePoint);
        else if (r > 0) insertAfter(leaf, r - 1, leaf.len[r - 1] - 1, textOffset, p.path(), p.counter(), codePoint);
        else insertRun(leaf, 0, 0, p.path(), p.counter(), codePoint);
        return true;
    }

    /** Removes the character at a position; false when there is none (it was deleted already). */
    boolean delete(Position p) {
        Leaf leaf = leafFor(p);
        int r = runFor(leaf, p);
        if (r == leaf.runs) return false;
        int seek = seek(leaf, r, p);
        if ((seek & 1) == 0) return false;
        int less = seek >> 1;
        remove(leaf, r, less, textBefore(leaf, r) + less);
        return true;
    }

    /** The index a position has, or -1 when it is not in the text. */
    int indexOf(Position p) {
        Leaf leaf = leafFor(p);
        int r = runFor(leaf, p);
        if (r == leaf.runs) return -1;
        int seek = seek(leaf, r, p);
        if ((seek & 1) == 0) return -1;
        return offsetOf(leaf) + textBefore(leaf, r) + (seek >> 1);
    }

    /** The first run of the leaf that does not lie wholly before {@code p} (runs are sorted: a binary search). */
    private static int runFor(Leaf leaf, Position p) {
        int lo = 0;
        int hi = leaf.runs;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (seek(leaf, mid, p) >> 1 == leaf.len[mid]) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** How many characters the runs before run r hold. */
    private static int textBefore(Leaf leaf, int r) {
        int n = 0;
        for (int i = 0; i < r; i++) n += leaf.len[i];
        return n;
    }

    /** How many characters come before the leaf. */
    private int offsetOf(Leaf leaf) {
        int before = 0;
        Node n = leaf;
        while (n.parent != null) {
            Inner p = n.parent;
            int i = p.indexOf(n);
            for (int c = 0; c < i; c++) before += p.count[c];
            n = p;
        }
        return before;
    }

    /** The leaf whose range holds {@code p}: in each inner node, the last child whose separator is at most p. */
    private Leaf leafFor(Position p) {
        Node n = root;
        while (n instanceof Inner in) {
            int lo = 1;
            int hi = in.children;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (p.compareTo(in.sep[mid]) < 0) hi = mid;
                else lo = mid + 1;
            }
            n = in.child[lo - 1];
        }
        return (Leaf) n;
    }

    /**
     * How many characters of run r sort before {@code p}, times two, plus one if the next one
     * is {@code p} itself.
     */
    private static int seek(Leaf f, int r, Position p) {
        long[] path = p.path();
        long[] pre = f.prefix[r];
        int n = pre.length;
        int len = f.len[r];
        int shared = Math.min(path.length, n);
        for (int i = 0; i < shared; i++) {
            if (path[i] != pre[i]) return path[i] < pre[i] ? 0 : len << 1;
        }
        if (path.length <= n) return 0;
        long key = path[n];
        long offset = (long) Position.digit(key) - f.digit[r];
        int keyNode = Position.node(key);
        int runNode = f.node[r];
        if (offset < 0) return 0;
        if (offset >= len) return len << 1;
        int j = (int) offset;
        if (keyNode < runNode) return j << 1;
        if (keyNode > runNode) return (j + 1) << 1;
        if (path.length > n + 1) return (j + 1) << 1;
        int c = f.counter[r] + j;
        if (p.counter() == c) return (j << 1) | 1;
        return p.counter() < c ? j << 1 : (j + 1) << 1;
    }

    /** Compares prefix.(digit, node) with counter against character ro of run rr of a leaf. */
    private static int compareRunChar(long[] prefix, int node, int digit, int counter, Leaf f, int rr, int ro) {
        long[] other = f.prefix[rr];
        long mine = Position.pair(digit, node);
        long theirs = Position.pair(f.digit[rr] + ro, f.node[rr]);
        int a = prefix.length + 1;
        int b = other.length + 1;
        for (int i = 0, n = Math.min(a, b); i < n; i++) {
            long x = i < prefix.length ? prefix[i] : mine;
            long y = i < other.length ? other[i] : theirs;
            if (x != y) return Long.compare(x, y);
        }
        if (a != b) return Integer.compare(a, b);
        return Integer.compare(counter, f.counter[rr] + ro);
    }

    /** Whether a new last character of {@code leaf} would have to go to the next leaf (at or past the separator). */
    private boolean crossesToNext(Leaf leaf, long[] prefix, int me, int digit, int counter) {
        if (leaf.next == null) return false;
        Position sep = separatorAfter(leaf);
        if (sep == null) return false;
        long[] path = Arrays.copyOf(prefix, prefix.length + 1);
        path[prefix.length] = Position.pair(digit, me);
        return Position.compare(path, counter, sep.path(), sep.counter()) >= 0;
    }

    /** The separator between a leaf and the next leaf: at their lowest common ancestor. */
    private static Position separatorAfter(Leaf leaf) {
        Node n = leaf;
        while (n.parent != null) {
            Inner p = n.parent;
            int i = p.indexOf(n);
            if (i < p.children - 1) return p.sep[i + 1];
            n = p;
        }
        return null;
    }

    // ---- changing a leaf ----

    private void extendRun(Leaf leaf, int r, int textOffset, int codePoint) {
        leaf.len[r]++;
        putText(leaf, textOffset, codePoint);
        grew(leaf);
    }

    /**
     * Puts a character right after character o of run r, at leaf text offset {@code textOffset}:
     * extending run r when the position continues it, else as a new run (splitting r if needed).
     */
    private void insertAfter(Leaf leaf, int r, int o, int textOffset, long[] path, int counter, int codePoint) {
        int last = path.length - 1;
        int node = Position.node(path[last]);
        int digit = Position.digit(path[last]);
        if (o == leaf.len[r] - 1 && node == leaf.node[r] && digit == leaf.digit[r] + leaf.len[r]
                && counter == leaf.counter[r] + leaf.len[r] && samePrefix(leaf.prefix[r], path)) {
            extendRun(leaf, r, textOffset, codePoint);
            return;
        }
        if (o < leaf.len[r] - 1) splitRun(leaf, r, o + 1);
        insertRun(leaf, r + 1, textOffset, path, counter, codePoint);
    }

    private static boolean samePrefix(long[] prefix, long[] path) {
        if (prefix.length != path.length - 1) return false;
        for (int i = 0; i < prefix.length; i++) if (prefix[i] != path[i]) return false;
        return true;
    }

    /** A new one-character run at index q of the leaf. */
    private void insertRun(Leaf leaf, int q, int textOffset, long[] path, int counter, int codePoint) {
        shiftRuns(leaf, q, 1);
        int last = path.length - 1;
        leaf.prefix[q] = sharedPrefix(leaf, q, path);
        leaf.node[q] = Position.node(path[last]);
        leaf.digit[q] = Position.digit(path[last]);
        leaf.counter[q] = counter;
        leaf.len[q] = 1;
        putText(leaf, textOffset, codePoint);
        grew(leaf);
    }

    /** The prefix of {@code path}, sharing a neighbouring run's array when equal (most are). */
    private static long[] sharedPrefix(Leaf leaf, int q, long[] path) {
        if (q > 0 && samePrefix(leaf.prefix[q - 1], path)) return leaf.prefix[q - 1];
        if (q + 1 < leaf.runs && samePrefix(leaf.prefix[q + 1], path)) return leaf.prefix[q + 1];
        return Arrays.copyOf(path, path.length - 1);
    }

    /** Run r becomes its first {@code at} characters, and run r+1 the rest. */
    private static void splitRun(Leaf leaf, int r, int at) {
        shiftRuns(leaf, r + 1, 1);
        leaf.prefix[r + 1] = leaf.prefix[r];
        leaf.node[r + 1] = leaf.node[r];
        leaf.digit[r + 1] = leaf.digit[r] + at;
        leaf.counter[r + 1] = leaf.counter[r] + at;
        leaf.len[r + 1] = leaf.len[r] - at;
        leaf.len[r] = at;
    }

    /** Opens (count > 0) or closes (count < 0) room at run index q. */
    private static void shiftRuns(Leaf leaf, int q, int count) {
        int move = leaf.runs - q - (count < 0 ? -count : 0);
        int from = count > 0 ? q : q - count;
        int to = count > 0 ? q + count : q;
        if (move > 0) {
            System.arraycopy(leaf.prefix, from, leaf.prefix, to, move);
            System.arraycopy(leaf.node, from, leaf.node, to, move);
            System.arraycopy(leaf.digit, from, leaf.digit, to, move);
            System.arraycopy(leaf.counter, from, leaf.counter, to, move);
            System.arraycopy(leaf.len, from, leaf.len, to, move);
        }
        leaf.runs += count;
        if (count < 0) Arrays.fill(leaf.prefix, leaf.runs, leaf.runs - count, null);
    }

    private static void putText(Leaf leaf, int at, int codePoint) {
        System.arraycopy(leaf.text, at, leaf.text, at + 1, leaf.chars - at);
        leaf.text[at] = codePoint;
        leaf.chars++;
    }

    /** One character more in the leaf: counts up the tree, then a split if it overflows. */
    private void grew(Leaf leaf) {
        length++;
        addToCounts(leaf, 1);
        if (leaf.runs > leafRuns || leaf.chars > leafChars) splitLeaf(leaf);
    }

    private static void addToCounts(Node n, int delta) {
        while (n.parent != null) {
            Inner p = n.parent;
            p.count[p.indexOf(n)] += delta;
            n = p;
        }
    }

    /** Removes character o of run r (leaf text offset {@code textOffset}). */
    private void remove(Leaf leaf, int r, int o, int textOffset) {
        int len = leaf.len[r];
        if (len == 1) {
            shiftRuns(leaf, r, -1);
        } else if (o == 0) {
            leaf.digit[r]++;
            leaf.counter[r]++;
            leaf.len[r]--;
        } else if (o == len - 1) {
            leaf.len[r]--;
        } else {
            splitRun(leaf, r, o);
            leaf.digit[r + 1]++;
            leaf.counter[r + 1]++;
            leaf.len[r + 1]--;
        }
        System.arraycopy(leaf.text, textOffset + 1, leaf.text, textOffset, leaf.chars - textOffset - 1);
        leaf.chars--;
        length--;
        addToCounts(leaf, -1);
        if (leaf.runs > leafRuns) splitLeaf(leaf);
        else if (leaf.chars == 0) removeLeaf(leaf);
        else mergeWithNext(leaf);
    }

    // ---- splitting and merging ----

    private void splitLeaf(Leaf leaf) {
        int cutRun;
        int cutText;
        if (leaf.runs > leafRuns) {
            cutRun = leaf.runs / 2;
            cutText = 0;
            for (int r = 0; r < cutRun; r++) cutText += leaf.len[r];
        } else {
            int target = leaf.chars / 2;
            int r = 0;
            int before = 0;
            while (before + leaf.len[r] <= target) before += leaf.len[r++];
            if (target > before) {
                splitRun(leaf, r, target - before);
                r++;
            }
            cutRun = r;
            cutText = target;
        }
        Leaf right = newLeaf();
        int moved = leaf.runs - cutRun;
        System.arraycopy(leaf.prefix, cutRun, right.prefix, 0, moved);
        System.arraycopy(leaf.node, cutRun, right.node, 0, moved);
        System.arraycopy(leaf.digit, cutRun, right.digit, 0, moved);
        System.arraycopy(leaf.counter, cutRun, right.counter, 0, moved);
        System.arraycopy(leaf.len, cutRun, right.len, 0, moved);
        Arrays.fill(leaf.prefix, cutRun, leaf.runs, null);
        right.runs = moved;
        leaf.runs = cutRun;
        System.arraycopy(leaf.text, cutText, right.text, 0, leaf.chars - cutText);
        right.chars = leaf.chars - cutText;
        leaf.chars = cutText;
        right.next = leaf.next;
        if (right.next != null) right.next.prev = right;
        right.prev = leaf;
        leaf.next = right;
        addSibling(leaf, right, right.position(0, 0), leaf.chars, right.chars);
        // A split of an overflowing run count can leave one half still over on characters.
        if (leaf.chars > leafChars) splitLeaf(leaf);
        if (right.chars > leafChars) splitLeaf(right);
    }

    /** Puts {@code right} after {@code left} in left's parent (a new root if none), then splits the parent if full. */
    private void addSibling(Node left, Node right, Position sep, int leftCount, int rightCount) {
        Inner p = left.parent;
        if (p == null) {
            p = new Inner(fanout + 1);
            p.children = 1;
            p.child[0] = left;
            left.parent = p;
            root = p;
        }
        int i = p.indexOf(left);
        int move = p.children - i - 1;
        System.arraycopy(p.child, i + 1, p.child, i + 2, move);
        System.arraycopy(p.count, i + 1, p.count, i + 2, move);
        System.arraycopy(p.sep, i + 1, p.sep, i + 2, move);
        p.child[i + 1] = right;
        p.sep[i + 1] = sep;
        p.count[i] = leftCount;
        p.count[i + 1] = rightCount;
        p.children++;
        right.parent = p;
        if (p.children > fanout) splitInner(p);
    }

    private void splitInner(Inner in) {
        int cut = in.children / 2;
        Inner right = new Inner(fanout + 1);
        int moved = in.children - cut;
        System.arraycopy(in.child, cut, right.child, 0, moved);
        System.arraycopy(in.count, cut, right.count, 0, moved);
        System.arraycopy(in.sep, cut, right.sep, 0, moved);
        Position up = right.sep[0];
        right.sep[0] = null;
        right.children = moved;
        for (int i = 0; i < moved; i++) right.child[i].parent = right;
        Arrays.fill(in.child, cut, in.children, null);
        Arrays.fill(in.sep, cut, in.children, null);
        in.children = cut;
        addSibling(in, right, up, sum(in), sum(right));
    }

    private static int sum(Inner in) {
        int s = 0;
        for (int i = 0; i < in.children; i++) s += in.count[i];
        return s;
    }

    /** An empty leaf leaves the tree (unless it is the whole tree). */
    private void removeLeaf(Leaf leaf) {
        if (leaf.parent == null) return;
        if (leaf.prev != null) leaf.prev.next = leaf.next;
        if (leaf.next != null) leaf.next.prev = leaf.prev;
        detach(leaf);
    }

    /** Takes a node out of its parent; an emptied parent goes too, and a root with one inner child gives way to it. */
    private void detach(Node n) {
        Inner p = n.parent;
        int i = p.indexOf(n);
        int move = p.children - i - 1;
        System.arraycopy(p.child, i + 1, p.child, i, move);
        System.arraycopy(p.count, i + 1, p.count, i, move);
        System.arraycopy(p.sep, i + 1, p.sep, i, move);
        p.children--;
        p.child[p.children] = null;
        p.sep[p.children] = null;
        p.sep[0] = null;
        n.parent = null;
        if (p.children == 0) {
            if (p.parent == null) root = newLeaf();
            else detach(p);
            return;
        }
        while (root instanceof Inner r && r.children == 1) {
            root = r.child[0];
            root.parent = null;
        }
    }

    /** A leaf left small takes in its next sibling when both fit in half a leaf. */
    private void mergeWithNext(Leaf leaf) {
        Leaf next = leaf.next;
        if (next == null || next.parent != leaf.parent || leaf.parent == null) return;
        if (leaf.chars + next.chars > leafChars / 2 || leaf.runs + next.runs > leafRuns / 2) return;
        System.arraycopy(next.prefix, 0, leaf.prefix, leaf.runs, next.runs);
        System.arraycopy(next.node, 0, leaf.node, leaf.runs, next.runs);
        System.arraycopy(next.digit, 0, leaf.digit, leaf.runs, next.runs);
        System.arraycopy(next.counter, 0, leaf.counter, leaf.runs, next.runs);
        System.arraycopy(next.len, 0, leaf.len, leaf.runs, next.runs);
        System.arraycopy(next.text, 0, leaf.text, leaf.chars, next.chars);
        leaf.runs += next.runs;
        leaf.chars += next.chars;
        Inner p = leaf.parent;
        p.count[p.indexOf(leaf)] += next.chars;
        leaf.next = next.next;
        if (leaf.next != null) leaf.next.prev = leaf;
        detach(next);
    }
}
