package distlab.protocol.command;

import java.util.function.BooleanSupplier;

/**
 * The stretch of virtual time a command will run through, so a front end can animate it:
 * up to {@code endMicros} (Long.MAX_VALUE: event by event until the command ends), or until
 * {@code stop} holds after an event.
 */
public record RunWindow(long endMicros, BooleanSupplier stop) {
    /** A run to a fixed time. */
    public static RunWindow until(long endMicros) {
        return new RunWindow(endMicros, () -> false);
    }
}
