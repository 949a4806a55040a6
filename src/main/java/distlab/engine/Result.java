package distlab.engine;

/**
 * What one command did: its output (for stdout) and, if it went wrong, one line saying so.
 * Front ends decide where each goes; the engine never prints. Everything every front end
 * shows passes through here, so this is where text is made safe for a terminal: control
 * characters escaped, and the message kept to one line with giant words cut (SafeText).
 */
public record Result(String output, Status status, String message) {
    public enum Status { OK, ERROR, EXPECT_FAILED, QUIT }

    public Result {
        output = SafeText.forTerminal(output);
        message = SafeText.oneLine(message);
    }

    public static final Result EMPTY = new Result("", Status.OK, null);

    /** What running out of memory says, in every front end: which limits to lower, or how to give Java more. */
    public static final String OUT_OF_MEMORY = "out of memory: ask for less (a shorter run, fewer nodes, fewer rows), "
            + "or reset; or give Java more memory: java -Xmx4g -jar lab.jar";

    public boolean failed() {
        return status == Status.ERROR || status == Status.EXPECT_FAILED;
    }

    /** The line front ends print for a failure: {@code error: ...} or {@code expect failed: ...}. */
    public String problem() {
        return switch (status) {
            case ERROR -> "error: " + message;
            case EXPECT_FAILED -> "expect failed: " + message;
            default -> null;
        };
    }
}
