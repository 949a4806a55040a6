package distlab.protocol.command;

import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One command being run, as a protocol's command sees it: its parsed words, the session's
 * simulation and protocol module, and the output. The engine implements it, so protocols
 * never depend on the engine (docs/architecture.md).
 */
public interface Call {
    /** The command's name as typed. */
    String command();

    /** The one word given for a positional label, or null when it was left out. */
    String word(String label);

    /** Every word given for a repeating positional label (empty when none). */
    List<String> words(String label);

    /** The value given for an option such as {@code --client}, or null. */
    String option(String name);

    /** Whether a flag such as {@code --all} was given. */
    boolean flag(String name);

    /** The text after the command name: variables expanded, comment removed. */
    String rest();

    Simulation sim();

    /**
     * The session's protocol module as the given type, or a one-line error saying which
     * protocols have this command (and how to spawn one).
     */
    <T> T module(Class<T> type);

    /**
     * The node a word names: a node, {@code leader}, or a client id, which creates the client
     * in a protocol that has clients (docs/language.md, names).
     */
    NodeId node(String name);

    /** The value of a path, as {@code show} prints it. */
    Value path(String path);

    /** An expression, parsed now (errors now), evaluated each time the supplier is asked. */
    BooleanSupplier condition(String expression);

    void println(String line);

    void lines(List<String> lines);

    /** Lists every trace entry from {@code fromEntry} on, one line each. */
    void printEntriesSince(int fromEntry);

    /** Lists the trace entries from {@code fromEntry} on if few, else a one-line summary. */
    void printActivitySince(int fromEntry);

    /** After a send: {@code m4 in flight, arrives at 12.3ms}, or how it will arrive. */
    void printFlight(int message);

    /** {@code time 150ms}. */
    void printTime();

    /** Whether the command's run was stopped by the user (Ctrl-C): long loops should end. */
    default boolean cancelled() {
        return false;
    }
}
