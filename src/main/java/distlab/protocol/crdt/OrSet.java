package distlab.protocol.crdt;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Observed-remove set (lecture 7.3; Shapiro et al. spec. 15): every add gets a unique tag;
 * a remove turns the tags its replica has observed for the element into tombstones. An add
 * concurrent with the remove has a tag the remover never saw, so it survives: add wins.
 * Merge unions the tags and the tombstones, then drops every tag that is a tombstone.
 */
public final class OrSet implements CrdtState<OrSet> {
    public static final OrSet EMPTY = new OrSet(empty(), empty());

    /** Live tags per element; an element is present exactly when it has one. */
    private final SortedMap<String, SortedSet<Stamp>> tags;
    /** Removed tags per element. They must be kept: they stop older adds from coming back. */
    private final SortedMap<String, SortedSet<Stamp>> tombstones;

    private OrSet(SortedMap<String, SortedSet<Stamp>> tags, SortedMap<String, SortedSet<Stamp>> tombstones) {
        this.tags = tags;
        this.tombstones = tombstones;
    }

    private static SortedMap<String, SortedSet<Stamp>> empty() {
        return Collections.unmodifiableSortedMap(new TreeMap<>());
    }

    /** Adds the element with a fresh tag (one that no other add has). */
    public OrSet add(String element, Stamp tag) {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(tag, "tag");
        if (tombstones.getOrDefault(element, Collections.emptySortedSet()).contains(tag)) return this;
        TreeMap<String, SortedSet<Stamp>> out = new TreeMap<>(tags);
        out.put(element, union(tags.get(element), Collections.singleton(tag)));
        return new OrSet(Collections.unmodifiableSortedMap(out), tombstones);
    }

    /** Removes the element's observed tags; a no-op when this replica holds none. */
    public OrSet remove(String element) {
        SortedSet<Stamp> observed = tags.get(element);
        if (observed == null) return this;
        TreeMap<String, SortedSet<Stamp>> live = new TreeMap<>(tags);
        live.remove(element);
        TreeMap<String, SortedSet<Stamp>> dead = new TreeMap<>(tombstones);
        dead.put(element, union(tombstones.get(element), observed));
        return new OrSet(Collections.unmodifiableSortedMap(live), Collections.unmodifiableSortedMap(dead));
    }

    /**
     * Op-based remove: drops the given tags of the element, keeping no tombstones (causal
     * delivery has applied their adds already). Tags it does not hold are ignored.
     */
    public OrSet drop(String element, SortedSet<Stamp> removed) {
        SortedSet<Stamp> live = tags.get(element);
        if (live == null || Collections.disjoint(live, removed)) return this;
        TreeSet<Stamp> kept = new TreeSet<>(live);
        kept.removeAll(removed);
        TreeMap<String, SortedSet<Stamp>> out = new TreeMap<>(tags);
        if (kept.isEmpty()) out.remove(element);
        else out.put(element, Collections.unmodifiableSortedSet(kept));
        return new OrSet(Collections.unmodifiableSortedMap(out), tombstones);
    }

    @Override
    public OrSet merge(OrSet other) {
        if (other == this || other.equals(this)) return this;
        TreeMap<String, SortedSet<Stamp>> dead = new TreeMap<>(tombstones);
        other.tombstones.forEach((e, t) -> dead.merge(e, t, OrSet::union));
        TreeMap<String, SortedSet<Stamp>> live = new TreeMap<>();
        addLive(live, tags, dead);
        addLive(live, other.tags, dead);
        return new OrSet(Collections.unmodifiableSortedMap(live), Collections.unmodifiableSortedMap(dead));
    }

    private static void addLive(Map<String, SortedSet<Stamp>> live, Map<String, SortedSet<Stamp>> from,
                                Map<String, SortedSet<Stamp>> dead) {
        for (Map.Entry<String, SortedSet<Stamp>> e : from.entrySet()) {
            SortedSet<Stamp> removed = dead.get(e.getKey());
            SortedSet<Stamp> alive = e.getValue();
            if (removed != null && !Collections.disjoint(alive, removed)) {
                TreeSet<Stamp> kept = new TreeSet<>(alive);
                kept.removeAll(removed);
                if (kept.isEmpty()) continue;
                alive = Collections.unmodifiableSortedSet(kept);
            }
            live.merge(e.getKey(), alive, OrSet::union);
        }
    }

    private static SortedSet<Stamp> union(SortedSet<Stamp> a, java.util.Set<Stamp> b) {
        if (a == null || a.isEmpty()) return Collections.unmodifiableSortedSet(new TreeSet<>(b));
        if (a.containsAll(b)) return a;
        TreeSet<Stamp> out = new TreeSet<>(a);
        out.addAll(b);
        return Collections.unmodifiableSortedSet(out);
    }

    public boolean contains(String element) {
        return tags.containsKey(element);
    }

    /** The elements present, sorted. */
    public List<String> elements() {
        return List.copyOf(tags.keySet());
    }

    /** Live tags per element (read-only, sorted). */
    public SortedMap<String, SortedSet<Stamp>> tags() {
        return tags;
    }

    /** Removed tags per element (read-only, sorted). */
    public SortedMap<String, SortedSet<Stamp>> tombstones() {
        return tombstones;
    }

    @Override
    public int size() {
        int n = 0;
        for (SortedSet<Stamp> t : tags.values()) n += t.size();
        for (SortedSet<Stamp> t : tombstones.values()) n += t.size();
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrSet s && tags.equals(s.tags) && tombstones.equals(s.tombstones);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tags, tombstones);
    }

    /** {@code milk{1:n1 3:n1} ~milk{2:n2}}: live tags, then tombstones. */
    @Override
    public String toString() {
        if (tags.isEmpty() && tombstones.isEmpty()) return "{}";
        String live = describe(tags, "");
        String dead = describe(tombstones, "~");
        return live.isEmpty() ? dead : dead.isEmpty() ? live : live + " " + dead;
    }

    static String describe(SortedMap<String, SortedSet<Stamp>> byElement, String prefix) {
        return byElement.entrySet().stream()
                .map(e -> prefix + e.getKey() + e.getValue().stream().map(Stamp::toString).collect(Collectors.joining(" ", "{", "}")))
                .collect(Collectors.joining(" "));
    }
}
