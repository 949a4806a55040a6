package distlab.protocol.textcrdt;

import java.util.List;

/**
 * One {@code insert} or {@code delete} command's operations, broadcast together: each
 * character inserted at its position, or each deleted one. Printed as {@code label}
 * ({@code ins "l" 1:n1.1@n2}), what the event list and the diagram show.
 */
public record TextEdit(List<CharOp> ops, String label) {
    public TextEdit {
        ops = List.copyOf(ops);
    }

    @Override
    public String toString() {
        return label;
    }
}
