package distlab.protocol.textcrdt;

/**
 * One operation of the text CRDT, as it travels between replicas: a character inserted at its
 * position, or the character at a position deleted. It names the position, never an index, so
 * it means the same at every replica (lecture 8.1). Inserts of different positions commute,
 * and so do deletes; a delete must come after the insert of its character, which causal
 * broadcast guarantees.
 */
public sealed interface CharOp {
    Position position();

    record Insert(Position position, int codePoint) implements CharOp {}

    record Delete(Position position) implements CharOp {}
}
