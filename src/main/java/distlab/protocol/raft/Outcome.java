package distlab.protocol.raft;

/** What applying a command returned: ok with a value ({@code get}), or failed with a reason. */
public record Outcome(boolean ok, String value, String error) {
    static final Outcome OK = new Outcome(true, null, null);

    static Outcome read(String value) {
        return new Outcome(true, value, null);
    }

    static Outcome failed(String error) {
        return new Outcome(false, null, error);
    }
}
