package distlab.check.linearizability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Why the witness operations cannot be linearized: the real-time precedences among them, and for
 * the orders those allow, where each order breaks. An order is explored operation by operation,
 * the other operations of the prefix taking effect or not as they may ({@link RelaxedOrderSearch}),
 * and cut at the first witness operation that no state reachable by then allows. So one "failed
 * order" stands for every order of the witness that starts the same way.
 */
final class OrderAnalysis<S, I, O> {
    /** Enough to show a handful and say "and more"; bounds the work on larger witnesses. */
    static final int MAX_FAILED_ORDERS = 200;
    private static final int MAX_QUERIES = 400;
    private static final long MAX_NODES_PER_QUERY = 2_000_000;
    private static final int MAX_OPS_TO_COUNT_ORDERS = 20;

    private final Model<S, I, O> model;
    private final List<Operation<I, O>> prefix;
    private final List<Integer> witness; // indices into prefix, in id order
    private final List<Operation<I, O>> ops;
    private final RelaxedOrderSearch<S, I, O> search;
    private final List<FailureExplanation.FailedOrder> failedOrders = new ArrayList<>();
    private int queries;

    OrderAnalysis(Model<S, I, O> model, List<Operation<I, O>> prefix, boolean[] required) {
        this.model = model;
        this.prefix = List.copyOf(prefix);
        this.witness = new ArrayList<>();
        this.ops = new ArrayList<>();
        for (int i = 0; i < prefix.size(); i++) {
            if (required[i]) {
                witness.add(i);
                ops.add(prefix.get(i));
            }
        }
        this.search = new RelaxedOrderSearch<>(model, this.prefix, required, MAX_NODES_PER_QUERY);
        explore(new ArrayList<>());
    }

    /** Failed orders found, in exploration order, at most {@link #MAX_FAILED_ORDERS}. */
    List<FailureExplanation.FailedOrder> failedOrders() {
        return failedOrders;
    }

    /** True when the exploration stopped early, so there may be more failed orders. */
    boolean truncated() {
        return failedOrders.size() >= MAX_FAILED_ORDERS || queries >= MAX_QUERIES;
    }

    /** "a returned before b was called", without the pairs implied by transitivity. */
    List<FailureExplanation.Precedence> precedences() {
        List<FailureExplanation.Precedence> result = new ArrayList<>();
        for (Operation<I, O> a : ops) {
            for (Operation<I, O> b : ops) {
                if (a.precedes(b) && ops.stream().noneMatch(c -> a.precedes(c) && c.precedes(b))) {
                    result.add(new FailureExplanation.Precedence(a.id(), b.id()));
                }
            }
        }
        return result;
    }

    /** Number of orders of the witness that respect real time; -1 if too many to count. */
    long orderCount() {
        int n = ops.size();
        if (n > MAX_OPS_TO_COUNT_ORDERS) {
            return -1;
        }
        int[] mustPrecede = new int[n]; // bitmask of ops that must come before op i
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (ops.get(j).precedes(ops.get(i))) {
                    mustPrecede[i] |= 1 << j;
                }
            }
        }
        long[] ways = new long[1 << n];
        ways[0] = 1;
        for (int placed = 0; placed < ways.length; placed++) {
            if (ways[placed] == 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                if ((placed & (1 << i)) == 0 && (mustPrecede[i] & ~placed) == 0) {
                    ways[placed | (1 << i)] += ways[placed];
                }
            }
        }
        return ways[ways.length - 1];
    }

    /** @param order witness positions (indices into {@code witness}) placed so far */
    private void explore(List<Integer> order) {
        if (order.size() == witness.size()) {
            return; // every operation placed: cannot happen for a witness, which fails in every order
        }
        for (int w = 0; w < witness.size() && !truncated(); w++) {
            if (order.contains(w) || !mayGoNext(order, w)) {
                continue;
            }
            List<Integer> inPrefix = order.stream().map(witness::get).toList();
            queries++;
            RelaxedOrderSearch.Answer<S> answer = search.query(inPrefix, witness.get(w));
            order.add(w);
            if (answer.targetPossible() || answer.budgetExhausted()) {
                explore(order);
            } else {
                List<Integer> ids = order.stream().map(i -> ops.get(i).id()).toList();
                failedOrders.add(new FailureExplanation.FailedOrder(ids, ops.get(w).id(),
                        reason(answer.statesAtTarget(), ops.get(w))));
            }
            order.remove(order.size() - 1);
        }
    }

    private String reason(Set<S> states, Operation<I, O> op) {
        return states.isEmpty() ? "could not take effect in time" : model.whyIllegal(List.copyOf(states), op);
    }

    private boolean mayGoNext(List<Integer> order, int w) {
        for (int j = 0; j < ops.size(); j++) {
            if (!order.contains(j) && j != w && ops.get(j).precedes(ops.get(w))) {
                return false;
            }
        }
        return true;
    }
}
