package distlab.ui.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.ExtendedTerminal;
import com.googlecode.lanterna.terminal.MouseCaptureMode;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import distlab.engine.Session;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts the terminal UI on the process's terminal and makes sure the terminal is given
 * back as it was: on quit, on Ctrl-C (read as a key), on any error, and from a shutdown
 * hook when the JVM is stopped some other way (SIGTERM, SIGINT from outside).
 */
public final class Tui {
    private final TerminalScreen screen;
    private final Terminal terminal;
    private final AtomicBoolean restored = new AtomicBoolean();

    private Tui(Terminal terminal, TerminalScreen screen) {
        this.terminal = terminal;
        this.screen = screen;
    }

    /** Runs the TUI (with a presenter for {@code --tui FILE}, else null); returns the exit status. */
    public static int run(Session session, Presenter presenter, PrintStream err) {
        return run(session, presenter, null, err);
    }

    /** As {@link #run(Session, Presenter, PrintStream)}, sharing the line REPL's history file (null: none). */
    public static int run(Session session, Presenter presenter, Path historyFile, PrintStream err) {
        Tui tui;
        try {
            DefaultTerminalFactory factory = new DefaultTerminalFactory()
                    .setForceTextTerminal(true)
                    .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP);
            Terminal terminal = factory.createTerminal();
            tui = new Tui(terminal, new TerminalScreen(terminal));
        } catch (IOException | RuntimeException e) {
            err.println("lab: cannot open the terminal UI (" + e.getMessage() + "); try --plain");
            return 1;
        }
        return tui.runOn(session, presenter, historyFile, err);
    }

    private int runOn(Session session, Presenter presenter, Path historyFile, PrintStream err) {
        Thread hook = new Thread(this::restore, "distlab-restore-terminal");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            screen.startScreen();
            screen.setCursorPosition(null);
            // Clicks select panes and nodes, the wheel scrolls; Shift+drag still selects text in most terminals.
            if (terminal instanceof ExtendedTerminal extended) extended.setMouseCaptureMode(MouseCaptureMode.CLICK_RELEASE);
            TuiApp app = new TuiApp(screen, screen::readInput, session, Palette.forEnvironment(System.getenv()), presenter, historyFile);
            return app.run();
        } catch (IOException | RuntimeException | Error e) {
            restore();
            err.println("lab: the terminal UI stopped: " + TuiApp.describe(e));
            return 1;
        } finally {
            restore();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook runs, and finds the terminal restored.
            }
        }
    }

    /** Leaves the alternate screen and puts the terminal's modes back; once. */
    private void restore() {
        if (!restored.compareAndSet(false, true)) return;
        try {
            if (terminal instanceof ExtendedTerminal extended) extended.setMouseCaptureMode(null);
        } catch (IOException | RuntimeException e) {
            // Go on: the terminal is being given back anyway.
        }
        try {
            screen.stopScreen();
        } catch (IOException | RuntimeException e) {
            // Go on: closing the terminal still restores its modes.
        }
        try {
            terminal.close();
        } catch (IOException | RuntimeException e) {
            // Nothing more can be done for a terminal that will not close.
        }
    }

    /** Presenter steps for {@code --tui FILE}. */
    public static Presenter presenter(java.util.List<distlab.ui.script.ScriptSource> sources) {
        return Presenter.load(sources);
    }
}
