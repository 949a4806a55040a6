package distlab.check.history;

import distlab.check.linearizability.Operation;
import java.util.List;

/**
 * A history read from a file.
 *
 * @param source the file name, as given, for messages
 * @param format the line format the file uses
 * @param operations in call order, ids dense from 0; positions are line numbers
 * @param keyFields the events name their key in a {@code :key} field, as Porcupine's key-value
 *     tests do (where every key starts as the empty string)
 */
public record ParsedHistory<I, O>(String source, HistoryFormat format, List<Operation<I, O>> operations,
        boolean keyFields) {
    public ParsedHistory {
        operations = List.copyOf(operations);
    }

    public boolean isEmpty() {
        return operations.isEmpty();
    }
}
