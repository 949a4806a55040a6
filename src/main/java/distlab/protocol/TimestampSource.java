package distlab.protocol;

import java.util.Locale;

/**
 * Where a replicated write's timestamp comes from ({@code config timestamps=logical|physical}):
 * a logical clock, or the writer's physical clock. Lectures 3.1 and 5.1: physical timestamps
 * order writes by clocks that disagree, so a write from a node whose clock is behind silently
 * loses to an earlier one.
 */
public enum TimestampSource {
    LOGICAL, PHYSICAL;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The {@code timestamps} setting, explained for one protocol. */
    public static Setting<TimestampSource> setting(String help) {
        return Setting.choice("timestamps", help, LOGICAL, TimestampSource::word);
    }
}
