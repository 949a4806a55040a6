package distlab.engine.query;

import java.util.List;

/** The syntax tree of an {@code expect} / {@code run until} / {@code let} expression (docs/language.md, expressions). */
public sealed interface Expr {
    /** Every term holds. A list, not a nest of pairs, so that a long chain costs no stack. */
    record And(List<Expr> terms) implements Expr {
        public And { terms = List.copyOf(terms); }
    }
    /** Some term holds. */
    record Or(List<Expr> terms) implements Expr {
        public Or { terms = List.copyOf(terms); }
    }
    record Not(Expr inner) implements Expr {}
    record Compare(Operand left, String op, Operand right) implements Expr {}
    /** {@code a -> b}: a happens before b. */
    record HappensBefore(String a, String b) implements Expr {}
    /** {@code a || b}: neither happens before the other. */
    record Concurrent(String a, String b) implements Expr {}
    /** A bare operand: a boolean path, or (for let) any value. */
    record Single(Operand operand) implements Expr {}
}
