package distlab.check.linearizability;

import java.util.List;

/**
 * An independent part of a history, for example the operations on one key.
 *
 * @param key what the part is about, for humans ("x"); empty when the history is not split
 * @param operations the part's operations, in id order
 */
public record Partition<I, O>(String key, List<Operation<I, O>> operations) {
    public Partition {
        operations = List.copyOf(operations);
    }
}
