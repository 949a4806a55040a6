package distlab.protocol.crdt;

import java.util.Objects;
import java.util.Optional;

/**
 * Last-writer-wins register (lecture 7.3; Shapiro et al. spec. 8): a value with the stamp of
 * the write that set it. Merge keeps the value with the later stamp, so replicas converge,
 * but of two concurrent writes one disappears without a trace.
 */
public final class LwwRegister implements CrdtState<LwwRegister> {
    public static final LwwRegister EMPTY = new LwwRegister(null, null);

    private final String value;
    private final Stamp stamp;

    private LwwRegister(String value, Stamp stamp) {
        this.value = value;
        this.stamp = stamp;
    }

    /** A write stamped {@code stamp}: it takes effect only if it is later than what is held. */
    public LwwRegister set(String newValue, Stamp newStamp) {
        Objects.requireNonNull(newValue, "value");
        Objects.requireNonNull(newStamp, "stamp");
        LwwRegister written = new LwwRegister(newValue, newStamp);
        return written.beats(this) ? written : this;
    }

    @Override
    public LwwRegister merge(LwwRegister other) {
        return other.beats(this) ? other : this;
    }

    /**
     * The later stamp wins. Two different writes never share a logical stamp; physical stamps
     * (clock readings) can be equal, and then the larger value wins, so merge stays commutative.
     */
    private boolean beats(LwwRegister other) {
        if (stamp == null) return false;
        if (other.stamp == null) return true;
        int byStamp = stamp.compareTo(other.stamp);
        return byStamp != 0 ? byStamp > 0 : value.compareTo(other.value) > 0;
    }

    /** The value, or empty if the register was never written. */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** The stamp of the winning write, or empty if never written. */
    public Optional<Stamp> stamp() {
        return Optional.ofNullable(stamp);
    }

    @Override
    public int size() {
        return stamp == null ? 0 : 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LwwRegister r && Objects.equals(value, r.value) && Objects.equals(stamp, r.stamp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, stamp);
    }

    /** {@code red@3:n1}, or {@code none}. */
    @Override
    public String toString() {
        return stamp == null ? "none" : value + "@" + stamp;
    }
}
