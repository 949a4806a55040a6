package distlab.engine;

import java.util.List;

/**
 * Collects a command's output lines, up to {@link #MAX_CHARS} characters: past that, lines
 * are counted rather than kept, and the output ends with a line saying how many were left out.
 */
public final class Out {
    /** The most characters one command prints (about 32 MB of text). */
    public static final int MAX_CHARS = 16_000_000;

    private final StringBuilder text = new StringBuilder();
    private long linesLeftOut;

    public void line(String line) {
        if (linesLeftOut > 0 || text.length() + line.length() + 1 > MAX_CHARS) {
            linesLeftOut++;
            return;
        }
        text.append(line).append('\n');
    }

    /** Text that is already lines, such as another command's output. */
    public void text(String lines) {
        text.append(lines);
    }

    public void lines(List<String> lines) {
        for (String l : lines) line(l);
    }

    public String text() {
        if (linesLeftOut == 0) return text.toString();
        return text + "(" + linesLeftOut + " more lines not shown: a command prints at most " + MAX_CHARS + " characters)\n";
    }
}
