package distlab.check.linearizability;

import java.util.Objects;

/** What was asked of a single compare-and-set register (Jepsen's :read, :write, :cas). */
public sealed interface RegisterOp {

    record Read() implements RegisterOp {}

    record Write(String value) implements RegisterOp {
        public Write {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Sets {@code replacement} if the register holds {@code expected}; answers whether it did. */
    record Cas(String expected, String replacement) implements RegisterOp {
        public Cas {
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(replacement, "replacement");
        }
    }

    static RegisterOp read() {
        return new Read();
    }

    static RegisterOp write(String value) {
        return new Write(value);
    }

    static RegisterOp cas(String expected, String replacement) {
        return new Cas(expected, replacement);
    }
}
