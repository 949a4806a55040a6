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
 * the next command; commands already run are marked ✓, or ✗ when they failed; a command
 * waiting for the one before it is marked ⋯, the one running ▸. Going back rewinds the
 * pointer; the controller rebuilds the session from the steps before it.
 */
final class Presenter {
    static final int MAX_LINES = 100_000;

    /** One command with the comments before it, and where it is in its file. */
    record Step(String file, int line, List<String> narration, String command) {}

    enum Outcome { PENDING, QUEUED, RUNNING, OK, FAILED, SKIPPED }

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

    Outcome outcome(int index) {
        return outcomes[index];
    }

    /** Moves the pointer back to {@code index}: it and every step after it are pending again. */
    void rewind(int index) {
        next = Math.max(0, Math.min(index, steps.size()));
        for (int i = next; i < outcomes.length; i++) outcomes[i] = Outcome.PENDING;
    }

    /** The commands before step {@code index} that ran (not skipped), to rebuild the session with. */
    List<String> ranBefore(int index) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < index && i < steps.size(); i++) if (outcomes[i] != Outcome.SKIPPED) out.add(steps.get(i).command());
        return out;
    }

    /** True while a step is queued or running. */
    boolean busy() {
        for (Outcome o : outcomes) if (o == Outcome.QUEUED || o == Outcome.RUNNING) return true;
        return false;
    }

    /**
     * The script as the pane shows it, the line of the pointer, and the first line of the
     * narration before it (to keep both in view).
     */
    record View(List<StyledLine> lines, int pointer, int narration) {
        /** The first line to show in {@code rows} rows: the pointer's narration if it fits, the pointer always. */
        int top(int rows) {
            int from = Math.min(narration, pointer - rows / 3);
            from = Math.max(from, pointer - rows + 2);
            return Math.max(0, Math.min(from, lines.size() - rows));
        }
    }

    /** The script for a pane {@code width} columns wide: narration wraps, commands stay whole. */
    View view(int width) {
        List<StyledLine> out = new ArrayList<>();
        int pointer = 0;
        int narration = 0;
        String file = null;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (!s.file().equals(file)) {
                file = s.file();
                out.add(line(file, Style.HEADING));
            }
            boolean past = i < next;
            if (i == next) narration = out.size();
            for (String paragraph : paragraphs(s.narration())) {
                out.addAll(WordWrap.wrap(line("  " + paragraph, past ? Style.DIM : Style.QUOTE), width, 2));
            }
            if (i == next) pointer = out.size();
            StyledLine command = new StyledLine(List.of(Span.styled(marker(i), markerStyle(i)),
                    Span.styled(s.command(), past ? Style.DIM : i == next ? Style.STRONG : Style.CODE)));
            out.addAll(WordWrap.wrap(command, width, 4));
        }
        if (done()) {
            pointer = out.size();
            narration = pointer;
            out.add(StyledLine.BLANK);
            out.addAll(WordWrap.wrap(line("— end of the script: " + count(Outcome.OK) + " ran, " + count(Outcome.FAILED) + " failed, "
                    + count(Outcome.SKIPPED) + " skipped —", Style.HEADING), width, 2));
            out.addAll(WordWrap.wrap(line("Enter twice starts again from the top; < goes back one step", Style.DIM), width, 2));
        } else {
            out.add(StyledLine.BLANK);
            out.addAll(WordWrap.wrap(line("Enter or Space runs the next command (" + (next + 1) + " of " + steps.size()
                    + "); > or F8 skips it; < goes back one step", Style.DIM), width, 2));
        }
        return new View(out, pointer, narration);
    }

    /**
     * The comment lines as paragraphs: a script's comments are wrapped by hand for an 80-column
     * editor, so lines join up until a blank comment line, a heading ({@code ---}) or a list item.
     */
    static List<String> paragraphs(List<String> narration) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String n : narration) {
            boolean standsAlone = n.startsWith("---") || n.startsWith("- ") || n.startsWith("* ") || n.matches("\\d+[.)] .*");
            if (n.isBlank() || standsAlone || current.toString().startsWith("---")) {
                if (current.length() > 0) out.add(current.toString());
                current.setLength(0);
                if (n.isBlank()) continue;
            }
            current.append(current.length() == 0 ? "" : " ").append(n.strip());
        }
        if (current.length() > 0) out.add(current.toString());
        return out;
    }

    private String marker(int i) {
        if (i == next) return "▶ ";
        return switch (outcomes[i]) {
            case OK -> "✓ ";
            case FAILED -> "✗ ";
            case SKIPPED -> "· ";
            case QUEUED -> "⋯ ";
            case RUNNING -> "▸ ";
            default -> "  ";
        };
    }

    private Style markerStyle(int i) {
        if (i == next) return Style.STRONG;
        return switch (outcomes[i]) {
            case OK -> Style.GOOD;
            case FAILED -> Style.BAD;
            case QUEUED, RUNNING -> Style.WARN;
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
