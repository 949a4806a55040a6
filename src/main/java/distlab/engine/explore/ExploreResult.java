package distlab.engine.explore;

import java.util.List;

/**
 * How a search ended.
 *
 * @param explored  states visited, repeats included (the start and every step taken)
 * @param unique    distinct states (fingerprints in the seen-set)
 * @param depth     every schedule this long or shorter was searched
 * @param exhausted whether no new state was left: every reachable state was searched
 * @param stopped   why it stopped before that, or null
 * @param found     the violation or goal state, or null
 * @param seenBytes heap bytes of the seen-set at the end
 */
public record ExploreResult(long explored, int unique, int depth, boolean exhausted, String stopped, Found found, long seenBytes) {
    /**
     * A state that breaks a property or invariant, or meets the goal: what, and the shortest
     * schedule from the start that reaches it, as lab commands.
     *
     * @param what     {@code cluster.safe}, or the expression as written
     * @param goal     whether it is the goal (else a violation)
     * @param schedule the commands, in order
     * @param notices  what the protocol said about the state (e.g. which invariant broke)
     */
    public record Found(String what, boolean goal, List<String> schedule, List<String> notices) {}
}
