package distlab.protocol.crdt;

import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Multi-value register (lecture 7.3; Shapiro et al. spec. 10): every write carries a version
 * vector. A write at a replica has seen everything the replica holds, so it replaces all its
 * siblings; merge keeps every version that no other version has seen (is not dominated by
 * another), so concurrent writes survive side by side as siblings until a later write that
 * has seen them all replaces them.
 */
public final class MvRegister implements CrdtState<MvRegister> {
    public static final MvRegister EMPTY = new MvRegister(List.of());

    /** One surviving write: its value and its version vector. */
    public record Sibling(String value, VersionVector version) {
        public Sibling {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(version, "version");
        }

        /** {@code red{n1:1}}. */
        @Override
        public String toString() {
            return value + version;
        }
    }

    /** Canonical order, so that equal states are equal lists: by value, then by version. */
    private static final Comparator<Sibling> ORDER =
            Comparator.comparing(Sibling::value).thenComparing(s -> s.version().toString());

    private final List<Sibling> siblings;

    private MvRegister(List<Sibling> siblings) {
        this.siblings = siblings;
    }

    /** A register holding one write. */
    public static MvRegister of(Sibling write) {
        return new MvRegister(List.of(write));
    }

    /** Replica {@code node} writes {@code value}, having seen every sibling it holds. */
    public MvRegister set(NodeId node, String value) {
        VersionVector seen = VersionVector.EMPTY;
        for (Sibling s : siblings) seen = seen.merge(s.version());
        return new MvRegister(List.of(new Sibling(value, seen.increment(node))));
    }

    @Override
    public MvRegister merge(MvRegister other) {
        if (other.siblings.isEmpty() || other.equals(this)) return this;
        if (siblings.isEmpty()) return other;
        LinkedHashSet<Sibling> all = new LinkedHashSet<>(siblings);
        all.addAll(other.siblings);
        List<Sibling> kept = new ArrayList<>();
        for (Sibling s : all) {
            boolean seenByAnother = false;
            for (Sibling t : all) {
                if (t.version().dominates(s.version())) {
                    seenByAnother = true;
                    break;
                }
            }
            if (!seenByAnother) kept.add(s);
        }
        kept.sort(ORDER);
        return new MvRegister(List.copyOf(kept));
    }

    /** The concurrent values, sorted and without repeats; empty if never written. */
    public List<String> values() {
        return siblings.stream().map(Sibling::value).distinct().sorted().toList();
    }

    /** The surviving writes, in canonical order. */
    public List<Sibling> siblings() {
        return siblings;
    }

    @Override
    public int size() {
        return siblings.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MvRegister r && siblings.equals(r.siblings);
    }

    @Override
    public int hashCode() {
        return siblings.hashCode();
    }

    /** {@code blue{n2:1} red{n1:1}}, or {@code none}. */
    @Override
    public String toString() {
        return siblings.isEmpty() ? "none" : siblings.stream().map(Sibling::toString).collect(Collectors.joining(" "));
    }
}
