package distlab.sim;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A value that {@code show} prints and {@code expect} compares. Values compare by their
 * printed form, numerically when both are numbers (docs/language.md, paths and expressions), so every kind prints canonically.
 */
public sealed interface Value {
    Value NONE = new Text("none");
    Value TRUE = new Bool(true);
    Value FALSE = new Bool(false);

    /** The printed form, as {@code show} prints it. */
    String show();

    /** Lists, vectors and sets have a length ({@code n1.log.length}). */
    default int length() {
        throw new LabException("'" + show() + "' has no length (only lists, vectors and sets do)");
    }

    static Value of(boolean b) {
        return b ? TRUE : FALSE;
    }

    static Value of(long n) {
        return new Int(n);
    }

    static Value text(String s) {
        return s == null ? NONE : new Text(s);
    }

    record Int(long value) implements Value {
        public String show() { return Long.toString(value); }
    }

    record Bool(boolean value) implements Value {
        public String show() { return Boolean.toString(value); }
    }

    /** A duration or a point in virtual time, in microseconds. */
    record Duration(long micros) implements Value {
        public String show() { return SimTime.format(micros); }
    }

    /** An id, a symbol or a string; strings print without quotes so {@code "1" == 1}. */
    record Text(String value) implements Value {
        public String show() { return value; }
    }

    /** A vector timestamp, printed {@code [2,1,0]} and ordered componentwise. */
    record Vector(int[] entries) implements Value {
        public String show() {
            return Arrays.stream(entries).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
        }
        public int length() { return entries.length; }
        @Override public boolean equals(Object o) { return o instanceof Vector v && Arrays.equals(entries, v.entries); }
        @Override public int hashCode() { return Arrays.hashCode(entries); }
        @Override public String toString() { return show(); }
    }

    /** A list such as a Raft log, printed {@code [1:put x 1, 2:put y 2]}. */
    record ListOf(List<Value> items) implements Value {
        public ListOf { items = List.copyOf(items); }
        public String show() { return items.stream().map(Value::show).collect(Collectors.joining(", ", "[", "]")); }
        public int length() { return items.size(); }
    }

    /** A set, printed sorted as {@code {a,b}}: numbers in numeric order, before words. */
    record SetOf(List<String> members) implements Value {
        public SetOf { members = members.stream().sorted(SetOf::compareMembers).distinct().toList(); }

        static int compareMembers(String a, String b) {
            boolean an = a.matches("-?\\d{1,18}"), bn = b.matches("-?\\d{1,18}");
            if (an && bn) return Long.compare(Long.parseLong(a), Long.parseLong(b));
            if (an != bn) return an ? -1 : 1;
            return a.compareTo(b);
        }

        public String show() { return members.stream().collect(Collectors.joining(",", "{", "}")); }
        public int length() { return members.size(); }
    }
}
