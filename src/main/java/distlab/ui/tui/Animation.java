package distlab.ui.tui;

import distlab.engine.LineSplitter;
import distlab.engine.Session;
import distlab.protocol.command.RunWindow;
import java.util.function.BooleanSupplier;

/**
 * What the terminal UI needs to know about a typed line, as its command's declaration says:
 * whether it animates and over what window ({@code run} and {@code advance} up to their end
 * time, {@code step N} event by event, until a run's condition holds), and whether it may run
 * in the middle of a run, at the time on the screen (every command but those that move virtual
 * time themselves or replace the session). Windows are built on the engine thread; a line that
 * does not parse does not animate (the command then reports its own error).
 */
record Animation(long end, BooleanSupplier done) {
    /** True if a typed line may run between the events of an animated command. Any thread. */
    static boolean mayRunDuringRun(Session session, String line) {
        return session.commands().mayRunDuringRun(firstWord(line));
    }

    /** The animation a line starts, or null. On the engine thread. */
    static Animation of(Session session, String line) {
        RunWindow window = session.commands().window(line);
        return window == null ? null : new Animation(window.endMicros(), window.stop());
    }

    static String firstWord(String line) {
        String text = LineSplitter.stripComment(line);
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }
}
