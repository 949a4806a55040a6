package distlab.check.linearizability;

import java.util.Objects;

/** The value held by a register; {@code value} null means nil / none (never written). */
public record RegisterState(String value) {
    public static final RegisterState EMPTY = new RegisterState(null);

    public boolean holds(String candidate) {
        return Objects.equals(value, candidate);
    }

    @Override
    public String toString() {
        return value == null ? "nil" : value;
    }
}
