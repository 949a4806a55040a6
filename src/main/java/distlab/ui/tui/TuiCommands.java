package distlab.ui.tui;

import distlab.engine.LineSplitter;
import distlab.protocol.Style;
import distlab.sim.LabException;
import distlab.view.DiagramFilter;
import java.util.List;

/**
 * The terminal UI's own commands, handled on the GUI thread as soon as they are typed:
 * {@code quit}/{@code exit} (the engine's quit only says how to leave), {@code speed} for
 * the animation, and {@code filter} for the space-time diagram pane.
 */
final class TuiCommands {
    /** For completion, next to the engine's commands. */
    static final List<String> NAMES = List.of("speed", "filter");

    static final String SPEED_HELP = "usage: speed [DURATION|max]\n  Virtual time per wall-clock second while run, advance and step N"
            + " animate (terminal UI only; default " + Speeds.format(Speeds.DEFAULT) + ").\n  F3/F4 or -/+ on an empty line go slower/faster;"
            + " max: no animation.\nexamples: speed 1s\n          speed max";
    static final String FILTER_HELP = "usage: filter [heartbeats|clients|only NODE...|off]\n"
            + "  What the space-time diagram pane shows (terminal UI only; the diagram command shows everything).\n"
            + "  heartbeats: hide or show again Raft's empty LogRequests and the replies to them (key h in the diagram pane).\n"
            + "  clients: hide or show again the clients' columns (key c in the diagram pane).\n"
            + "  only NODE...: only these nodes' columns; off: everything (key a in the diagram pane).\n"
            + "examples: filter heartbeats\n          filter only n1 n2\n          filter off";

    private final Controller controller;
    private final TuiState st;

    TuiCommands(Controller controller, TuiState st) {
        this.controller = controller;
        this.st = st;
    }

    /** Handles the line if it is one of these commands; false if the engine should run it. */
    boolean handle(String line) {
        List<String> words;
        try {
            words = LineSplitter.split(LineSplitter.stripComment(line));
        } catch (RuntimeException e) {
            return false;
        }
        if (words.isEmpty()) return false;
        switch (words.get(0)) {
            case "quit", "exit" -> {
                controller.echo(line);
                controller.quit();
            }
            case "speed" -> {
                controller.echo(line);
                speed(words.subList(1, words.size()));
            }
            case "filter" -> {
                controller.echo(line);
                filter(words.subList(1, words.size()));
            }
            case "help" -> {
                if (words.size() != 2 || !NAMES.contains(words.get(1))) return false;
                controller.echo(line);
                st.console.add(words.get(1).equals("speed") ? SPEED_HELP : FILTER_HELP, Style.PLAIN);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void speed(List<String> args) {
        if (args.size() > 1) {
            st.console.add("error: speed takes one word (e.g. speed 250ms, or speed max)", Style.BAD);
            return;
        }
        if (!args.isEmpty()) {
            try {
                controller.setSpeed(Speeds.parse(args.get(0)));
            } catch (LabException e) {
                st.console.add("error: " + e.getMessage(), Style.BAD);
                return;
            }
        }
        st.console.add("speed " + Speeds.format(st.speed) + (st.speed == Speeds.MAX ? " (as fast as it goes; Esc still stops a run)"
                : " of virtual time per second (F3 or - slower, F4 or + faster, speed max: no animation)"), Style.PLAIN);
    }

    private void filter(List<String> args) {
        DiagramFilter f = st.diagramFilter;
        String first = args.isEmpty() ? "" : args.get(0);
        switch (first) {
            case "" -> { }
            case "heartbeats" -> f = f.withHeartbeatsHidden(!f.hideHeartbeats());
            case "clients" -> f = f.withClientsHidden(!f.hideClients());
            case "off", "all" -> f = DiagramFilter.NONE;
            case "only" -> {
                if (args.size() < 2) {
                    st.console.add("error: filter only needs node names (e.g. filter only n1 n2)", Style.BAD);
                    return;
                }
                List<String> unknown = args.subList(1, args.size()).stream().filter(n -> !st.snapshot.nodeNames().contains(n)).toList();
                if (!unknown.isEmpty()) {
                    st.console.add("error: unknown node " + String.join(" ", unknown) + " (nodes: "
                            + String.join(" ", st.snapshot.nodeNames()) + ")", Style.BAD);
                    return;
                }
                f = f.withOnly(args.subList(1, args.size()));
            }
            default -> {
                st.console.add("error: unknown filter '" + first + "' (heartbeats, clients, only NODE..., off; help filter)", Style.BAD);
                return;
            }
        }
        setFilter(f);
    }

    /** Sets the diagram's filter (the pane asks for a new page when it draws), says what it shows now, and follows the newest rows. */
    void setFilter(DiagramFilter f) {
        st.diagramFilter = f;
        st.diagramTop = -1;
        st.console.add("the diagram shows " + f.describe() + (f.isNone() ? "" : " (filter off shows everything)"), Style.PLAIN);
    }
}
