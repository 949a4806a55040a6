package distlab.protocol.crdt;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Last-writer-wins element set (lecture 7.3; Shapiro et al. spec. 13's LWW variant): for each
 * element, the stamp of its latest add and of its latest remove. Merge keeps the later stamp
 * of each. An element is present when its latest add is later than its latest remove
 * (the {@link Bias} decides what "later" means). Removing an element the replica has not
 * seen is allowed: the remove stamp still beats any earlier add that arrives later.
 */
public final class LwwSet implements CrdtState<LwwSet> {
    public static final LwwSet EMPTY = new LwwSet(empty(), empty());

    private final SortedMap<String, Stamp> adds;
    private final SortedMap<String, Stamp> removes;

    private LwwSet(SortedMap<String, Stamp> adds, SortedMap<String, Stamp> removes) {
        this.adds = adds;
        this.removes = removes;
    }

    private static SortedMap<String, Stamp> empty() {
        return Collections.unmodifiableSortedMap(new TreeMap<>());
    }

    public LwwSet add(String element, Stamp stamp) {
        return new LwwSet(record(adds, element, stamp), removes);
    }

    public LwwSet remove(String element, Stamp stamp) {
        return new LwwSet(adds, record(removes, element, stamp));
    }

    private static SortedMap<String, Stamp> record(SortedMap<String, Stamp> stamps, String element, Stamp stamp) {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(stamp, "stamp");
        TreeMap<String, Stamp> out = new TreeMap<>(stamps);
        out.merge(element, stamp, Stamp::latest);
        return Collections.unmodifiableSortedMap(out);
    }

    @Override
    public LwwSet merge(LwwSet other) {
        SortedMap<String, Stamp> a = latest(adds, other.adds);
        SortedMap<String, Stamp> r = latest(removes, other.removes);
        if (a == adds && r == removes) return this;
        return a == other.adds && r == other.removes ? other : new LwwSet(a, r);
    }

    /** Per element, the later stamp; returns {@code mine} itself when theirs adds nothing. */
    private static SortedMap<String, Stamp> latest(SortedMap<String, Stamp> mine, SortedMap<String, Stamp> theirs) {
        if (theirs.isEmpty() || mine == theirs) return mine;
        if (mine.isEmpty()) return theirs;
        TreeMap<String, Stamp> out = null;
        for (Map.Entry<String, Stamp> e : theirs.entrySet()) {
            Stamp current = mine.get(e.getKey());
            if (current == null || e.getValue().isAfter(current)) {
                if (out == null) out = new TreeMap<>(mine);
                out.put(e.getKey(), e.getValue());
            }
        }
        return out == null ? mine : Collections.unmodifiableSortedMap(out);
    }

    public boolean contains(String element, Bias bias) {
        return bias.present(adds.get(element), removes.get(element));
    }

    /** The elements present under the bias, sorted. */
    public java.util.List<String> elements(Bias bias) {
        return adds.keySet().stream().filter(e -> contains(e, bias)).toList();
    }

    /** Each element's latest add stamp (read-only, sorted by element). */
    public SortedMap<String, Stamp> adds() {
        return adds;
    }

    /** Each element's latest remove stamp (read-only, sorted by element). */
    public SortedMap<String, Stamp> removes() {
        return removes;
    }

    @Override
    public int size() {
        return adds.size() + removes.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LwwSet s && adds.equals(s.adds) && removes.equals(s.removes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(adds, removes);
    }

    /** {@code +milk@1:n1 -milk@4:n2}. */
    @Override
    public String toString() {
        if (adds.isEmpty() && removes.isEmpty()) return "{}";
        String a = adds.entrySet().stream().map(e -> "+" + e.getKey() + "@" + e.getValue()).collect(Collectors.joining(" "));
        String r = removes.entrySet().stream().map(e -> "-" + e.getKey() + "@" + e.getValue()).collect(Collectors.joining(" "));
        return a.isEmpty() ? r : r.isEmpty() ? a : a + " " + r;
    }
}
