package distlab.ui.tui;

import distlab.engine.LineSplitter;
import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.ui.script.ScriptSource;
import distlab.view.markdown.StyledLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Presenter mode ({@code --tui FILE}): the script's commands, one per key, each with the
 * {@code #} comments before it as narration. The pane lists the script with a pointer at
 * the next command; commands already run are marked ✓, or ✗ when they failed.
 */
final class Presenter {
    static final int MAX_LINES = 100_000;

    /** One command with the comments before it, and where it is in its file. */
    record Step(String file, int line, List<String> narration, String command) {}

    enum Outcome { PENDING, OK, FAILED, SKIPPED }

    private final List<Step> steps;
    private final Outcome[] outcomes;
    private int next;

    Presenter(List<Step> steps) {
        this.steps = List.copyOf(steps);
        this.outcomes = new Outcome[steps.size()];
        java.util.Arrays.fill(outcomes, Outcome.PENDING);
    }

    static Presenter load(List<ScriptSource> sources) {
        List<Step> steps = new ArrayList<>();
        for (ScriptSource source : sources) {
            List<String> narration = new ArrayList<>();
            int lineNumber = 0;
            try {
                String line;
                while ((line = source.reader().readLine()) != null && lineNumber < MAX_LINES) {
                    lineNumber++;
                    String command = LineSplitter.stripComment(line);
                    if (command.isEmpty()) {
                        String s = line.strip();
                        if (s.startsWith("#")) narration.add(s.replaceFirst("^#+\\s?", ""));
                        else if (!narration.isEmpty()) narration.add("");
                        continue;
                    }
                    while (!narration.isEmpty() && narration.get(narration.size() - 1).isEmpty()) narration.remove(narration.size() - 1);
                    steps.add(new Step(source.name(), lineNumber, List.copyOf(narration), command));
                    narration.clear();
                }
            } catch (IOException | UncheckedIOException e) {
                steps.add(new Step(source.name(), lineNumber, List.of("cannot read " + source.name() + ": " + e.getMessage()), "# (unreadable)"));
            }
        }
        return new Presenter(steps);
    }

    boolean done() {
        return next >= steps.size();
    }

    /** The next step, or null at the end. */
    Step current() {
        return done() ? null : steps.get(next);
    }

    int position() {
        return next;
    }

    int size() {
        return steps.size();
    }

    /** Marks the current step and moves on. */
    void finish(Outcome outcome) {
        if (done()) return;
        outcomes[next++] = outcome;
    }

    /** Records how a step that already ran turned out. */
    void mark(int index, Outcome outcome) {
        if (index >= 0 && index < outcomes.length) outcomes[index] = outcome;
    }

    /** The script as the pane shows it, and the line index of the pointer (to keep it in view). */
    record View(List<StyledLine> lines, int pointer) {}

    View view() {
        List<StyledLine> out = new ArrayList<>();
        int pointer = 0;
        String file = null;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (!s.file().equals(file)) {
                file = s.file();
                out.add(line(file, Style.HEADING));
            }
            boolean past = i < next;
            for (String n : s.narration()) out.add(line("  " + n, past ? Style.DIM : Style.QUOTE));
            if (i == next) pointer = out.size();
            out.add(new StyledLine(List.of(Span.styled(marker(i), markerStyle(i)), Span.styled(s.command(), past ? Style.DIM : i == next ? Style.STRONG : Style.CODE))));
        }
        if (done()) {
            pointer = out.size();
            out.add(StyledLine.BLANK);
            out.add(line("— end of the script: " + count(Outcome.OK) + " ran, " + count(Outcome.FAILED) + " failed, "
                    + count(Outcome.SKIPPED) + " skipped —", Style.HEADING));
        } else {
            out.add(StyledLine.BLANK);
            out.add(line("Enter or Space runs the next command (" + (next + 1) + " of " + steps.size() + "); F8 skips it", Style.DIM));
        }
        return new View(out, pointer);
    }

    private String marker(int i) {
        if (i == next) return "▶ ";
        return switch (outcomes[i]) {
            case OK -> "✓ ";
            case FAILED -> "✗ ";
            case SKIPPED -> "· ";
            default -> "  ";
        };
    }

    private Style markerStyle(int i) {
        if (i == next) return Style.STRONG;
        return switch (outcomes[i]) {
            case OK -> Style.GOOD;
            case FAILED -> Style.BAD;
            default -> Style.DIM;
        };
    }

    private int count(Outcome o) {
        int n = 0;
        for (Outcome x : outcomes) if (x == o) n++;
        return n;
    }

    private static StyledLine line(String text, Style style) {
        return new StyledLine(List.of(Span.styled(text, style)));
    }
}
