package distlab.protocol.ot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An edit of a whole text as operational transformation rewrites it: a walk over the text from
 * start to end that keeps ({@code retain n}), inserts ({@code insert s}) or deletes
 * ({@code delete n}) as it goes. An insert at a position and a delete of a range are both such
 * walks, and so is what a transformation makes of them (a delete with a concurrent insert in
 * the middle of its range becomes two deletes around it). Lengths count Unicode code points.
 * Immutable; {@code author} is the node that made the edit, for the insert/insert tie-break.
 */
public final class TextOp {
    /** One step of the walk. */
    sealed interface Part {}

    record Retain(int n) implements Part {}

    record Insert(String text, int n) implements Part {}

    record Delete(int n) implements Part {}

    private final List<Part> parts;
    private final int author;
    private final int baseLength;
    private final int targetLength;

    private TextOp(List<Part> parts, int author) {
        this.parts = List.copyOf(parts);
        this.author = author;
        int base = 0;
        int target = 0;
        for (Part p : parts) {
            if (p instanceof Retain r) {
                base += r.n();
                target += r.n();
            } else if (p instanceof Insert i) {
                target += i.n();
            } else {
                base += ((Delete) p).n();
            }
        }
        this.baseLength = base;
        this.targetLength = target;
    }

    /** Inserts {@code text} at {@code pos} of a text {@code length} long. */
    public static TextOp insert(int length, int pos, String text, int author) {
        return new Builder(author).retain(pos).insert(text).retain(length - pos).build();
    }

    /** Deletes {@code count} characters from {@code pos} of a text {@code length} long. */
    public static TextOp delete(int length, int pos, int count, int author) {
        return new Builder(author).retain(pos).delete(count).retain(length - pos - count).build();
    }

    public int author() {
        return author;
    }

    /** The length of the text this edit applies to. */
    public int baseLength() {
        return baseLength;
    }

    List<Part> parts() {
        return parts;
    }

    /** The edit applied to {@code text}, which must be {@link #baseLength} long. */
    public String apply(String text) {
        int length = text.codePointCount(0, text.length());
        if (length != baseLength) throw new IllegalStateException(this + " applies to " + baseLength + " characters, not " + length);
        return applyLoosely(text);
    }

    /**
     * The edit applied to a text of any length, positions as they are: steps past the end are
     * cut short and the rest of the text is kept. It is what a replica that does not transform
     * does with an edit made to another version of the text ({@code config transform=off}).
     */
    public String applyLoosely(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int at = 0;
        for (Part p : parts) {
            if (p instanceof Retain r) {
                int end = advance(text, at, r.n());
                out.append(text, at, end);
                at = end;
            } else if (p instanceof Insert i) {
                out.append(i.text());
            } else {
                at = advance(text, at, ((Delete) p).n());
            }
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The char index {@code n} code points after {@code from}, or the end of the text. */
    private static int advance(String text, int from, int n) {
        int at = from;
        for (int k = 0; k < n && at < text.length(); k++) at += Character.charCount(text.codePointAt(at));
        return at;
    }

    /**
     * The two edits made to the same text, each rewritten to apply after the other:
     * {@code [a', b']} with a then b' giving the same text as b then a' (TP1, Ressel et al. 1996).
     * The rules, as one walk over both (the scheme of Jupiter, Nichols et al. 1995, in the
     * retain/insert/delete form of Google Wave's OT):
     * <ul>
     * <li>insert/insert at the same position: the insert of the node first in node order goes
     *     first, the other after it (Ellis and Gibbs' site priority), so both sides agree;</li>
     * <li>an insert before a position shifts it right by the inserted length; a delete before
     *     it shifts it left;</li>
     * <li>insert/delete: an insert inside or at the edge of a deleted range survives: the
     *     delete skips it, becoming two deletes around it if need be;</li>
     * <li>delete/delete with overlapping ranges: the overlap is deleted once; each side then
     *     deletes only what the other did not.</li>
     * </ul>
     */
    public static TextOp[] transform(TextOp a, TextOp b) {
        if (a.baseLength != b.baseLength) {
            throw new IllegalArgumentException("transform of edits of different texts: " + a + " / " + b);
        }
        if (a.author == b.author) throw new IllegalArgumentException("transform of two edits by one node");
        Builder aPrime = new Builder(a.author);
        Builder bPrime = new Builder(b.author);
        Walk x = new Walk(a.parts);
        Walk y = new Walk(b.parts);
        while (x.more() || y.more()) {
            Part p = x.current();
            Part q = y.current();
            if (p instanceof Insert i && (!(q instanceof Insert) || a.author < b.author)) {
                aPrime.insert(i.text());
                bPrime.retain(i.n());
                x.next();
            } else if (q instanceof Insert j) {
                aPrime.retain(j.n());
                bPrime.insert(j.text());
                y.next();
            } else {
                int n = Math.min(x.left(), y.left());
                boolean aDeletes = p instanceof Delete;
                boolean bDeletes = q instanceof Delete;
                if (!aDeletes && !bDeletes) {
                    aPrime.retain(n);
                    bPrime.retain(n);
                } else if (aDeletes && !bDeletes) {
                    aPrime.delete(n);
                } else if (!aDeletes) {
                    bPrime.delete(n);
                }
                // Both deleted these characters: neither needs to again.
                x.take(n);
                y.take(n);
            }
        }
        return new TextOp[] {aPrime.build(), bPrime.build()};
    }

    /** A cursor over the parts, retains and deletes consumed a piece at a time. */
    private static final class Walk {
        private final List<Part> parts;
        private int index;
        private int used;

        Walk(List<Part> parts) {
            this.parts = parts;
        }

        boolean more() {
            return index < parts.size();
        }

        Part current() {
            return more() ? parts.get(index) : null;
        }

        int left() {
            Part p = current();
            if (p == null) throw new IllegalStateException("edits of different lengths");
            return (p instanceof Retain r ? r.n() : ((Delete) p).n()) - used;
        }

        void take(int n) {
            used += n;
            if (used == (current() instanceof Retain r ? r.n() : ((Delete) current()).n())) next();
        }

        void next() {
            index++;
            used = 0;
        }
    }

    /**
     * The edit as positional steps, applied one after the other: {@code ins 1 "l"},
     * {@code del 2 3} (three characters from index 2), joined by commas; {@code keep} for none.
     */
    public String describe() {
        List<String> steps = new ArrayList<>();
        int at = 0;
        for (Part p : parts) {
            if (p instanceof Retain r) {
                at += r.n();
            } else if (p instanceof Insert i) {
                steps.add("ins " + at + " \"" + i.text() + "\"");
                at += i.n();
            } else {
                steps.add("del " + at + " " + ((Delete) p).n());
            }
        }
        return steps.isEmpty() ? "keep" : String.join(", ", steps);
    }

    /** Whether the edit changes nothing (a delete whose range a concurrent delete took). */
    public boolean isNoop() {
        return parts.stream().allMatch(p -> p instanceof Retain);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextOp t && author == t.author && parts.equals(t.parts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parts, author);
    }

    @Override
    public String toString() {
        return describe();
    }

    /** Builds an edit, merging neighbouring steps of one kind and dropping empty ones. */
    static final class Builder {
        private final List<Part> parts = new ArrayList<>();
        private final int author;

        Builder(int author) {
            this.author = author;
        }

        Builder retain(int n) {
            if (n < 0) throw new IllegalArgumentException("retain " + n);
            if (n == 0) return this;
            if (last() instanceof Retain r) parts.set(parts.size() - 1, new Retain(r.n() + n));
            else parts.add(new Retain(n));
            return this;
        }

        Builder insert(String text) {
            if (text.isEmpty()) return this;
            int n = text.codePointCount(0, text.length());
            if (last() instanceof Insert i) parts.set(parts.size() - 1, new Insert(i.text() + text, i.n() + n));
            else parts.add(new Insert(text, n));
            return this;
        }

        Builder delete(int n) {
            if (n < 0) throw new IllegalArgumentException("delete " + n);
            if (n == 0) return this;
            if (last() instanceof Delete d) parts.set(parts.size() - 1, new Delete(d.n() + n));
            else parts.add(new Delete(n));
            return this;
        }

        private Part last() {
            return parts.isEmpty() ? null : parts.get(parts.size() - 1);
        }

        TextOp build() {
            return new TextOp(parts, author);
        }
    }
}
