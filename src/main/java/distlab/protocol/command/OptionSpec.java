package distlab.protocol.command;

/**
 * An option such as {@code --client C}: its name, the label of its value (null for a flag
 * such as {@code --all}), what the value names, and one line of help.
 */
public record OptionSpec(String name, String label, WordKind kind, String help) {
    public boolean takesValue() {
        return label != null;
    }

    /** {@code [--client C]} or {@code [--all]}. */
    String synopsis() {
        return "[" + name + (takesValue() ? " " + label : "") + "]";
    }
}
