package distlab.protocol;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A {@code config KEY=VALUE} setting: its current value, and a setter that rejects bad values
 * with a LabException. The current value may end with a note in parentheses, e.g.
 * {@code quorum (2)}; the part before it must be accepted by the setter, so that
 * {@code config} can put a setting back when a later one in the same command is refused.
 */
public record Param(String key, String help, Supplier<String> current, Consumer<String> setter) {
    /** The current value without its note: what the setter accepts. */
    public String currentValue() {
        return current.get().replaceFirst(" \\(.*\\)$", "");
    }
}
