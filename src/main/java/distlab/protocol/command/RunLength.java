package distlab.protocol.command;

/**
 * How long a run a command starts, read from its parsed words before it runs; null when it
 * does not move time in a way worth animating.
 */
@FunctionalInterface
public interface RunLength {
    RunWindow window(Call call);
}
