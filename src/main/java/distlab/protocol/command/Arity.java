package distlab.protocol.command;

/** How many words a positional takes. */
public enum Arity {
    ONE("", ""), OPTIONAL("[", "]"), MANY("", "..."), ANY("[", "...]");

    private final String before;
    private final String after;

    Arity(String before, String after) {
        this.before = before;
        this.after = after;
    }

    /** The label as the synopsis writes it: {@code NODE}, {@code [PAYLOAD]}, {@code MSG...}. */
    String show(String label) {
        return before + label + after;
    }

    boolean required() {
        return this == ONE || this == MANY;
    }

    boolean repeats() {
        return this == MANY || this == ANY;
    }
}
