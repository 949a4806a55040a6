package distlab.ui.tui;

import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.view.markdown.StyledLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The help screen: the keys, the terminal UI's own commands, then every command with its
 * usage and whole description (from the engine's {@code help NAME}). Each line carries the
 * indent its wrapped rows get, so the screen wraps lines instead of cutting them.
 */
final class HelpText {
    /** A line of help, and the indent of the rows it wraps onto. */
    record Line(StyledLine text, int indent) {}

    private static final int KEY_COLUMN = 26;

    /** Each key, its plain alternative where it has one, and what it does. Also the README's key table. */
    static final String[][] KEYS = {
        {"F1 or ?", "this help (? on an empty command line); Esc closes it"},
        {"Enter", "run the command line; on an empty line: presenter's next step, or the lecture's next Try-it block"},
        {"Up / Down", "command history in the console; scroll other panes; move the selection in the cluster pane"},
        {"Ctrl-R", "search the command history (Ctrl-R again: older; Enter runs the line; Esc gives up)"},
        {"Tab / Shift-Tab", "complete the word; on an empty line, focus the next / previous pane"},
        {"PgUp / PgDn, Home / End", "scroll the focused pane; in the diagram, End follows the newest rows"},
        {"Left / Right", "move in the line; on an empty line in the lecture pane, scroll wide figures sideways"},
        {"F2 or Ctrl-O", "maximise the focused pane, or restore the layout"},
        {"F3 / F4, or - / +", "slower / faster animation (also: speed DURATION|max)"},
        {"F5 or Space", "run (config run=...), or pause / resume a run"},
        {"F10 or .", "one event: step, or during a run pause and let one event happen"},
        {"[ / ] (empty line)", "one event back / forward in the session's history; the panes show that moment (the status bar's timeline)"},
        {"{ / } (empty line)", "one command back / forward in the history; a command that changes the run, typed in the past, asks (y) and forks a new future"},
        {"F7 or Ctrl-T", "run the open lecture's next Try-it block, in a fresh session (seed 1)"},
        {"Esc", "stop a run where it is; close help or search; restore a maximised pane; back to the console"},
        {"Ctrl-C", "stop a run; with none running, ask whether to leave (y leaves)"},
        {"Cluster pane keys", NodeActions.KEYS},
        {"Diagram pane keys", DiagramKeys.KEYS},
        {"/ (empty line)", "search the diagram's rows; n and N in the diagram pane go to the next older / newer match"},
        {"Presenter: Enter, Space", "run the script's next command; at the end, Enter twice starts again"},
        {"Presenter: > or F8, <", "skip the next command; go back one step (the session is rebuilt)"},
        {"Mouse", "click a pane to focus it, a node to select it; the wheel scrolls (Shift+drag selects text)"},
        {"Ctrl-A/E/W/U, Ctrl-L", "line start / end / delete word / clear line; redraw the screen"},
        {"Ctrl-D, quit", "leave the lab (Ctrl-D asks first); the history is kept for --plain too"},
    };

    private HelpText() {}

    /** {@code engineHelp}: the engine's {@code help}; {@code helpFor}: its {@code help NAME}. */
    static List<Line> lines(String engineHelp, UnaryOperator<String> helpFor) {
        List<Line> out = new ArrayList<>();
        out.add(line("Keys", Style.HEADING, 0));
        for (String[] k : KEYS) {
            String key = String.format("  %-" + (KEY_COLUMN - 3) + "s ", k[0]);
            out.add(new Line(new StyledLine(List.of(Span.styled(key, Style.STRONG), Span.plain(k[1]))), KEY_COLUMN));
        }
        out.add(new Line(StyledLine.BLANK, 0));
        out.add(line("Terminal UI commands", Style.HEADING, 0));
        out.add(line("  speed [DURATION|max]", Style.STRONG, 4));
        out.add(line("    virtual time per wall-clock second while run, advance and step N animate (default "
                + Speeds.format(Speeds.DEFAULT) + ")", Style.PLAIN, 4));
        out.add(line("  filter [heartbeats|clients|only NODE...|off]", Style.STRONG, 4));
        out.add(line("    what the diagram pane shows: hide heartbeats (Raft's empty LogRequests and their replies), "
                + "clients' columns, or all nodes but some", Style.PLAIN, 4));
        out.add(line("  Lines typed during a run run at once, at the virtual time on the screen; run, advance, step, "
                + "reset and seed wait for the run to end.", Style.PLAIN, 2));
        out.add(new Line(StyledLine.BLANK, 0));
        out.add(line("Commands", Style.HEADING, 0));
        for (String l : engineHelp.split("\n")) {
            if (l.isBlank()) continue;
            if (!l.startsWith(" ")) {
                out.add(line(l, Style.STRONG, 0));
                continue;
            }
            String name = l.strip().split("\\s+", 2)[0];
            command(out, name, helpFor.apply(name));
        }
        return out;
    }

    /** One command: its usage line, then its description (the lines of help NAME between usage and examples). */
    private static void command(List<Line> out, String name, String help) {
        List<String> lines = help.lines().toList();
        String usage = lines.isEmpty() || !lines.get(0).startsWith("usage: ") ? name : lines.get(0).substring("usage: ".length());
        out.add(line("  " + usage, Style.CODE, 6));
        StringBuilder description = new StringBuilder();
        for (int i = 1; i < lines.size() && !lines.get(i).startsWith("example"); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith("-")) {
                if (description.length() > 0) out.add(line("    " + description, Style.PLAIN, 4));
                description.setLength(0);
                out.add(line("    " + l, Style.DIM, 6));
            } else {
                description.append(description.length() == 0 ? "" : " ").append(l);
            }
        }
        if (description.length() > 0) out.add(line("    " + description, Style.PLAIN, 4));
    }

    private static Line line(String text, Style style, int indent) {
        return new Line(new StyledLine(List.of(Span.styled(text, style))), indent);
    }
}
