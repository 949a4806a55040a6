package distlab.check.history;

import distlab.check.linearizability.Operation;
import distlab.check.linearizability.RegisterOp;
import distlab.check.linearizability.RegisterResult;
import java.util.List;

/**
 * A register history read from a file.
 *
 * @param source the file name, as given, for messages
 * @param operations in call order, ids dense from 0; positions are line numbers
 */
public record JepsenHistory(String source, List<Operation<RegisterOp, RegisterResult>> operations) {
    public JepsenHistory {
        operations = List.copyOf(operations);
    }

    JepsenHistory(ParsedHistory<RegisterOp, RegisterResult> parsed) {
        this(parsed.source(), parsed.operations());
    }

    /** True for a log with no operations at all (e.g. the test's cluster never started). */
    public boolean isEmpty() {
        return operations.isEmpty();
    }
}
