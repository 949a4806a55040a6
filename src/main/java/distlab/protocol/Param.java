package distlab.protocol;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** A {@code config KEY=VALUE} setting: its current value, and a setter that rejects bad values with a LabException. */
public record Param(String key, String help, Supplier<String> current, Consumer<String> setter) {
}
