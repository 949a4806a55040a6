package distlab.engine.query;

import distlab.sim.Value;

/** One side of a comparison: a literal, or a word that is a path or else a symbol. */
public sealed interface Operand {
    record Literal(Value value) implements Operand {}
    /** A word such as {@code n1.vc}, {@code cluster.leader}, {@code leader} or {@code e3}. */
    record Word(String text) implements Operand {}
}
