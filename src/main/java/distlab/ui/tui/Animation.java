package distlab.ui.tui;

import distlab.engine.LineSplitter;
import distlab.engine.Session;
import distlab.engine.query.Evaluator;
import distlab.engine.query.Expr;
import distlab.engine.query.Parser;
import distlab.sim.SimTime;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Which commands animate, and over what window: {@code run} and {@code advance} up to their
 * end time, {@code step N} (N > 1) event by event. A run's until-condition is read the way
 * the run command reads it, so the pacer does not wait for an event after it holds. Built
 * on the engine thread; a line that does not parse does not animate (the command then
 * reports its own error). Also which typed lines may run in the middle of a run: every
 * line but those that move virtual time themselves or replace the simulation. This is the
 * one place the terminal UI decides such things about commands.
 */
record Animation(long end, BooleanSupplier done) {
    /** Commands that move virtual time: they run after the current run ends, never inside it. */
    private static final Set<String> MOVE_TIME = Set.of("run", "advance", "step");
    /** Commands that replace the simulation a run is using. */
    private static final Set<String> NEW_SIMULATION = Set.of("reset", "seed");

    /** True if a typed line may run between the events of an animated command, at the time on the screen. */
    static boolean mayRunDuringRun(String line) {
        String command = firstWord(line);
        return !MOVE_TIME.contains(command) && !NEW_SIMULATION.contains(command);
    }

    static Animation of(Session session, String line) {
        try {
            String text = LineSplitter.expandVariables(LineSplitter.stripComment(line), session.variables());
            List<String> words = LineSplitter.split(text);
            if (words.isEmpty()) return null;
            long now = session.sim().now();
            switch (words.get(0)) {
                case "advance":
                    return words.size() == 2 ? new Animation(now + SimTime.parse(words.get(1)), () -> false) : null;
                case "step":
                    return words.size() == 2 && words.get(1).matches("\\d{1,9}") && Integer.parseInt(words.get(1)) > 1
                            ? new Animation(Long.MAX_VALUE, () -> false) : null;
                case "run":
                    return run(session, text.substring(text.indexOf("run") + 3).strip(), now);
                default:
                    return null;
            }
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Animation run(Session session, String raw, long now) {
        long micros = session.runDefaultMicros();
        String first = raw.isEmpty() ? "" : raw.split("\\s+")[0];
        if (!first.isEmpty() && !first.equals("until")) {
            micros = SimTime.parse(first);
            raw = raw.substring(first.length()).strip();
        }
        if (micros > session.runMaxMicros()) return null;
        if (raw.isEmpty()) return new Animation(now + micros, () -> false);
        if (!raw.startsWith("until")) return null;
        Expr until = Parser.parse(raw.substring("until".length()).strip());
        return new Animation(now + micros, () -> holds(session, until));
    }

    private static boolean holds(Session session, Expr until) {
        try {
            return Evaluator.evaluate(until, session.paths()).holds();
        } catch (RuntimeException e) {
            return false;
        }
    }

    static String firstWord(String line) {
        String text = LineSplitter.stripComment(line).strip();
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }
}
