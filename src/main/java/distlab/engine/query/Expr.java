package distlab.engine.query;

/** The syntax tree of an {@code expect} / {@code run until} / {@code let} expression (docs/language.md, paths and expressions). */
public sealed interface Expr {
    record And(Expr left, Expr right) implements Expr {}
    record Or(Expr left, Expr right) implements Expr {}
    record Not(Expr inner) implements Expr {}
    record Compare(Operand left, String op, Operand right) implements Expr {}
    /** {@code a -> b}: a happens before b. */
    record HappensBefore(String a, String b) implements Expr {}
    /** {@code a || b}: neither happens before the other. */
    record Concurrent(String a, String b) implements Expr {}
    /** A bare operand: a boolean path, or (for let) any value. */
    record Single(Operand operand) implements Expr {}
}
