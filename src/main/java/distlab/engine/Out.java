package distlab.engine;

import java.util.List;

/** Collects a command's output lines. */
public final class Out {
    private final StringBuilder text = new StringBuilder();

    public void line(String line) {
        text.append(line).append('\n');
    }

    /** Text that is already lines, such as another command's output. */
    public void text(String lines) {
        text.append(lines);
    }

    public void lines(List<String> lines) {
        lines.forEach(this::line);
    }

    public String text() {
        return text.toString();
    }
}
