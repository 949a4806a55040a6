package distlab.ui.tui;

import distlab.engine.LineSplitter;
import distlab.engine.Session;
import distlab.protocol.command.RunWindow;
import java.util.function.BooleanSupplier;

/**
 * Which typed commands animate, and over what window, as their declarations say ({@code run}
 * and {@code advance} up to their end time, {@code step N} event by event, until a run's
 * condition holds), and which ones only read the session. Windows are built on the engine
 * thread; a line that does not parse does not animate (the command then reports its own error).
 */
record Animation(long end, BooleanSupplier done) {
    /** Whether a line's command only reads the session, so it may run during an animation. Any thread. */
    static boolean isReadOnly(Session session, String line) {
        return session.commands().isReadOnlyCommand(firstWord(line));
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
