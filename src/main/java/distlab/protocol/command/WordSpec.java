package distlab.protocol.command;

import java.util.List;

/**
 * One positional word of a command: its label ({@code NODE}), what it names, how many words
 * it takes, and for {@link WordKind#CHOICE} the words allowed.
 */
public record WordSpec(String label, WordKind kind, Arity arity, List<String> choices) {
    public WordSpec {
        choices = List.copyOf(choices);
    }
}
