package distlab.check.linearizability;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers, for an explanation: if the witness operations take effect in a given order, which
 * states can the object be in when the next one, {@code target}, could take effect? The other
 * operations of the prefix may each take effect as recorded within their interval, or not at
 * all, exactly as when the witness was found. Plain memoised depth-first search: prefixes are
 * small, and the search stops once {@code target} is shown possible or the node budget runs out.
 */
final class RelaxedOrderSearch<S, I, O> {
    /** Outcome of one query; {@code statesAtTarget} in order of discovery. */
    record Answer<S>(boolean targetPossible, Set<S> statesAtTarget, boolean budgetExhausted) {}

    private record Visit(long[] placed, Object state) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Visit v && Arrays.equals(placed, v.placed) && state.equals(v.state);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(placed) + state.hashCode();
        }
    }

    private final Model<S, I, O> model;
    private final List<Operation<I, O>> prefix;
    private final boolean[] inWitness;
    private final long maxNodes;

    RelaxedOrderSearch(Model<S, I, O> model, List<Operation<I, O>> prefix, boolean[] inWitness, long maxNodes) {
        this.model = model;
        this.prefix = prefix;
        this.inWitness = inWitness;
        this.maxNodes = maxNodes;
    }

    /** @param order indices into the prefix of witness operations taken first, in this order */
    Answer<S> query(List<Integer> order, int target) {
        Query query = new Query(order, target);
        query.visit(new long[(prefix.size() + 63) >>> 6], 0, model.initialState());
        return new Answer<>(query.possible, query.states, query.nodes > maxNodes);
    }

    private final class Query {
        final List<Integer> order;
        final int target;
        final Set<Visit> visited = new HashSet<>(); // membership only, never iterated
        final Set<S> states = new LinkedHashSet<>();
        boolean possible;
        long nodes;

        Query(List<Integer> order, int target) {
            this.order = order;
            this.target = target;
        }

        /** @param done how many operations of {@code order} are placed */
        void visit(long[] placed, int done, S state) {
            if (possible || ++nodes > maxNodes || !visited.add(new Visit(placed.clone(), state))) {
                return;
            }
            long firstReturn = Long.MAX_VALUE;
            for (int i = 0; i < prefix.size(); i++) {
                if (!isPlaced(placed, i)) {
                    firstReturn = Math.min(firstReturn, prefix.get(i).returnPosition());
                }
            }
            for (int i = 0; i < prefix.size() && !possible; i++) {
                Operation<I, O> op = prefix.get(i);
                if (isPlaced(placed, i) || op.callPosition() > firstReturn) {
                    continue; // calls before returns at equal positions, as in the checker
                }
                if (inWitness[i]) {
                    if (done == order.size() && i == target) {
                        states.add(state);
                        possible = !successors(op, state).isEmpty();
                    } else if (done < order.size() && i == order.get(done)) {
                        for (S next : successors(op, state)) {
                            visit(with(placed, i), done + 1, next);
                        }
                    }
                } else {
                    Set<S> next = new LinkedHashSet<>(successors(op, state));
                    next.add(state); // the operation may not have happened at all
                    for (S s : next) {
                        visit(with(placed, i), done, s);
                    }
                }
            }
        }
    }

    private List<S> successors(Operation<I, O> op, S state) {
        return op.outcomeKnown() ? model.step(state, op.input(), op.output())
                : model.stepWithUnknownOutcome(state, op.input());
    }

    private static boolean isPlaced(long[] placed, int i) {
        return (placed[i >>> 6] & (1L << i)) != 0;
    }

    private static long[] with(long[] placed, int i) {
        long[] copy = placed.clone();
        copy[i >>> 6] |= 1L << i;
        return copy;
    }
}
