package distlab.check.history;

/**
 * A history file that cannot be understood. The message reads like a compiler's:
 * {@code FILE:LINE: error: WHAT (HINT)}.
 */
public final class HistoryParseException extends Exception {
    private final String file;
    private final int line;
    private final String problem;
    private final String hint;

    public HistoryParseException(String file, int line, String problem, String hint) {
        super(file + ":" + line + ": error: " + problem + " (" + hint + ")");
        this.file = file;
        this.line = line;
        this.problem = problem;
        this.hint = hint;
    }

    public String file() {
        return file;
    }

    /** 1-based line number. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }

    public String hint() {
        return hint;
    }
}
