package distlab.check.linearizability;

import java.util.List;

/**
 * A sequential specification: what a single, atomic copy of the object may do.
 *
 * <p>States must have value-based {@code equals}/{@code hashCode}: the checker interns them and
 * memoises the search on (set of linearized operations, state) (Lowe 2017).
 *
 * @param <S> state
 * @param <I> operation input (what was asked)
 * @param <O> operation output (what was answered)
 */
public interface Model<S, I, O> {

    S initialState();

    /**
     * The states the object may be in after performing {@code input} in {@code state} and
     * answering {@code output}. Empty when that answer is impossible in that state. More than one
     * state when the specification is nondeterministic.
     */
    List<S> step(S state, I input, O output);

    /**
     * Like {@link #step} for an operation whose answer was not seen (timeout, crash): any answer is
     * allowed, so this is the union of {@code step} over all outputs. For example a cas with an
     * unknown outcome applies when the register holds the expected value and does nothing
     * otherwise. Never taking effect at all is handled by the checker (an open operation may be
     * linearized last), not here.
     */
    List<S> stepWithUnknownOutcome(S state, I input);

    /**
     * Splits a history into independent parts checked separately (P-compositionality, Horn &
     * Kroening 2015: a history is linearizable iff each part is). Default: one part. Order the
     * parts deterministically.
     */
    default List<Partition<I, O>> partition(List<Operation<I, O>> history) {
        return List.of(new Partition<>("", history));
    }

    /** Short human text for an operation, for example {@code get x→1} or {@code cas 1→2 fail}. */
    String describe(Operation<I, O> op);

    /**
     * Why {@code op} cannot be performed in any of {@code possibleStates} (one or more, in a
     * deterministic order), for example {@code read 1, but the register held 2} or
     * {@code read 1, but the register could only hold nil, 2 or 3}.
     */
    String whyIllegal(List<S> possibleStates, Operation<I, O> op);
}
