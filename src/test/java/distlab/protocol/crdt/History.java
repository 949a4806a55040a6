package distlab.protocol.crdt;

import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;

/**
 * A random run of one CRDT type on three replicas, for the property tests: local updates
 * stamped with each replica's Lamport clock, and merges of one replica's state into
 * another's (the receive rule bumps the receiver's clock). Every state any replica ever
 * held is kept, as the states a sync could have carried.
 */
final class History {
    static final int REPLICAS = 3;

    /** The six types, each with an update chosen by a number. */
    enum Kind {
        GCOUNTER, PNCOUNTER, LWWREG, MVREG, LWWSET, ORSET;

        CrdtState<?> empty() {
            return switch (this) {
                case GCOUNTER -> GCounter.EMPTY;
                case PNCOUNTER -> PnCounter.EMPTY;
                case LWWREG -> LwwRegister.EMPTY;
                case MVREG -> MvRegister.EMPTY;
                case LWWSET -> LwwSet.EMPTY;
                case ORSET -> OrSet.EMPTY;
            };
        }

        CrdtState<?> update(CrdtState<?> state, NodeId node, Stamp stamp, int choice) {
            String word = "v" + (choice / 2) % 4;
            return switch (this) {
                case GCOUNTER -> ((GCounter) state).inc(node, 1 + choice % 5);
                case PNCOUNTER -> choice % 2 == 0 ? ((PnCounter) state).inc(node, 1 + choice % 5)
                        : ((PnCounter) state).dec(node, 1 + choice % 5);
                case LWWREG -> ((LwwRegister) state).set(word, stamp);
                case MVREG -> ((MvRegister) state).set(node, word);
                case LWWSET -> choice % 2 == 0 ? ((LwwSet) state).add(word, stamp) : ((LwwSet) state).remove(word, stamp);
                case ORSET -> choice % 2 == 0 ? ((OrSet) state).add(word, stamp) : ((OrSet) state).remove(word);
            };
        }
    }

    /** One step: op 0..2 is an update at {@code replica}, op 3 merges {@code other} into it. */
    record Step(int op, int replica, int other, int choice) {}

    final Kind kind;
    final CrdtState<?>[] states = new CrdtState<?>[REPLICAS];
    final long[] clocks = new long[REPLICAS];
    final List<CrdtState<?>> seen = new ArrayList<>();
    long increments;
    long decrements;

    History(Kind kind, List<Step> steps) {
        this.kind = kind;
        for (int i = 0; i < REPLICAS; i++) states[i] = kind.empty();
        seen.add(kind.empty());
        for (Step s : steps) apply(s);
    }

    private void apply(Step s) {
        int r = s.replica() % REPLICAS;
        if (s.op() == 3) {
            int from = s.other() % REPLICAS;
            if (from == r) return;
            clocks[r] = Math.max(clocks[r], clocks[from]) + 1;
            states[r] = merge(states[r], states[from]);
        } else {
            NodeId node = Replicas.node(r + 1);
            clocks[r]++;
            states[r] = kind.update(states[r], node, new Stamp(clocks[r], node), s.choice());
            countUpdate(s.choice());
        }
        seen.add(states[r]);
    }

    private void countUpdate(int choice) {
        long amount = 1 + choice % 5;
        if (kind == Kind.GCOUNTER || (kind == Kind.PNCOUNTER && choice % 2 == 0)) increments += amount;
        else if (kind == Kind.PNCOUNTER) decrements += amount;
    }

    /** Merge of two states of the same type, without the generics getting in the way. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static CrdtState<?> merge(CrdtState<?> a, CrdtState<?> b) {
        return ((CrdtState) a).merge(b);
    }
}
