package distlab.protocol.crdt;

import distlab.sim.node.NodeId;
import java.util.Objects;

/**
 * Positive-negative counter (lecture 7.3; Shapiro et al. spec. 7): two G-counters, P for
 * increments and N for decrements. The value is sum(P) - sum(N); each half merges by
 * element-wise maximum, which a single vector of signed counts could not do (a decrement
 * would look like an older state and be lost in the max).
 */
public final class PnCounter implements CrdtState<PnCounter> {
    public static final PnCounter EMPTY = new PnCounter(GCounter.EMPTY, GCounter.EMPTY);

    private final GCounter increments;
    private final GCounter decrements;

    private PnCounter(GCounter increments, GCounter decrements) {
        this.increments = increments;
        this.decrements = decrements;
    }

    public PnCounter inc(NodeId node, long amount) {
        return new PnCounter(increments.inc(node, amount), decrements);
    }

    public PnCounter dec(NodeId node, long amount) {
        return new PnCounter(increments, decrements.inc(node, amount));
    }

    @Override
    public PnCounter merge(PnCounter other) {
        GCounter p = increments.merge(other.increments);
        GCounter n = decrements.merge(other.decrements);
        if (p == increments && n == decrements) return this;
        return new PnCounter(p, n);
    }

    public long value() {
        return Math.subtractExact(increments.value(), decrements.value());
    }

    /** P: the increments, per replica. */
    public GCounter increments() {
        return increments;
    }

    /** N: the decrements, per replica. */
    public GCounter decrements() {
        return decrements;
    }

    @Override
    public int size() {
        return increments.size() + decrements.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PnCounter c && increments.equals(c.increments) && decrements.equals(c.decrements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(increments, decrements);
    }

    /** {@code P{n1:10} N{n3:4}}. */
    @Override
    public String toString() {
        return "P" + increments + " N" + decrements;
    }
}
