package distlab.protocol.command;

/** How many words a positional takes. */
public enum Arity {
    ONE("%s"), OPTIONAL("[%s]"), MANY("%s..."), ANY("[%s...]");

    private final String synopsis;

    Arity(String synopsis) {
        this.synopsis = synopsis;
    }

    /** The label as the synopsis writes it: {@code NODE}, {@code [PAYLOAD]}, {@code MSG...}. */
    String show(String label) {
        return String.format(java.util.Locale.ROOT, synopsis, label);
    }

    boolean required() {
        return this == ONE || this == MANY;
    }

    boolean repeats() {
        return this == MANY || this == ANY;
    }
}
