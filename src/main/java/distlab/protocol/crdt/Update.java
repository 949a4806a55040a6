package distlab.protocol.crdt;

/**
 * A local update a user asks a replica to make (docs/commands.md, protocols "crdt"). Each names its verb, the
 * types it fits, and the label of the local event it becomes in the trace.
 */
public sealed interface Update {
    /** The command word: inc, dec, set, add, remove. */
    String verb();

    /** The kinds of CRDT this update fits, for errors: {@code counters (gcounter, pncounter)}. */
    String fits();

    /** The local event's label, e.g. {@code inc 2} or {@code add milk}. */
    default String label() {
        return verb() + " " + argument();
    }

    String argument();

    /** {@link #fits} by verb, before the update's argument is read. */
    static String fits(String verb) {
        return switch (verb) {
            case "inc" -> new Inc(1).fits();
            case "dec" -> new Dec(1).fits();
            case "set" -> new Assign("").fits();
            default -> new Add("").fits();
        };
    }

    record Inc(long amount) implements Update {
        public String verb() { return "inc"; }
        public String fits() { return "counters (gcounter, pncounter)"; }
        public String argument() { return Long.toString(amount); }
    }

    record Dec(long amount) implements Update {
        public String verb() { return "dec"; }
        public String fits() { return "a pncounter"; }
        public String argument() { return Long.toString(amount); }
    }

    record Assign(String value) implements Update {
        public String verb() { return "set"; }
        public String fits() { return "registers (lwwreg, mvreg)"; }
        public String argument() { return value; }
    }

    record Add(String element) implements Update {
        public String verb() { return "add"; }
        public String fits() { return "sets (lwwset, orset)"; }
        public String argument() { return element; }
    }

    record Remove(String element) implements Update {
        public String verb() { return "remove"; }
        public String fits() { return "sets (lwwset, orset)"; }
        public String argument() { return element; }
    }
}
