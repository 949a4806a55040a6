package distlab.engine.explore;

import java.util.function.BooleanSupplier;

/** An expression checked in every state ({@code --invariant}, {@code --goal}), as written and as evaluated. */
public record Condition(String text, BooleanSupplier test) {
    /** Whether it holds; one that cannot be evaluated in this state (a path of a down node) gives {@code otherwise}. */
    boolean holds(boolean otherwise) {
        try {
            return test.getAsBoolean();
        } catch (RuntimeException e) {
            return otherwise;
        }
    }
}
