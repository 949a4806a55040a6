package distlab.ui.repl;

import distlab.engine.Result;
import distlab.engine.Session;
import distlab.lecture.LabHome;
import distlab.sim.RunMonitor;
import distlab.ui.Completion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/**
 * The line REPL ({@code --plain}, docs/language.md, launching): JLine's editor with history kept in the lab's
 * home, Tab completion from {@link Completion}, and Ctrl-R search. Each command prints
 * exactly what script mode prints for it (without the {@code > COMMAND} echo), and a
 * failure as one line {@code error: ...}. Ctrl-C abandons the line, or stops a long command
 * (a run) where it is and keeps the session; Ctrl-D or quit leaves. The terminal is given
 * back as it was on every way out: quit, Ctrl-D, an error, or SIGTERM (a shutdown hook).
 */
public final class JLineRepl {
    public static final String PROMPT = "lab> ";
    static final String STOPPED = "stopped by Ctrl-C";
    private static final int HISTORY_SIZE = 5_000;

    private final Session session;
    private final Terminal terminal;
    private final Path historyFile;
    private final AtomicBoolean interrupted = new AtomicBoolean();
    private final AtomicBoolean restored = new AtomicBoolean();
    /** Asks a running command to stop after Ctrl-C (the simulation checks it every few thousand events). */
    private final RunMonitor stopOnCtrlC = (now, end, events) -> interrupted.getAndSet(false) ? STOPPED : null;

    public JLineRepl(Session session, Terminal terminal, Path historyFile) {
        this.session = session;
        this.terminal = terminal;
        this.historyFile = historyFile;
    }

    /** Held here so the logging system cannot forget the level set on it. */
    private static final java.util.logging.Logger JLINE_LOG = java.util.logging.Logger.getLogger("org.jline");

    /** Where the REPL keeps its history: {@code .lab_history} in the lab's home. */
    public static Path historyFile(LabHome home) {
        return home.dir().resolve(".lab_history");
    }

    /** The REPL on the process's own terminal. */
    public static JLineRepl onSystemTerminal(Session session, Path historyFile) throws IOException {
        // Without a terminal (input piped in) JLine falls back to a dumb one; that is fine here,
        // so its logged warning would only be noise on the user's screen.
        JLINE_LOG.setLevel(java.util.logging.Level.OFF);
        boolean dumb = System.console() == null;
        return new JLineRepl(session, systemTerminal(dumb), historyFile);
    }

    /**
     * JLine's "exec" provider changes the terminal's modes with stty, and so puts back exactly
     * what was there; the native provider leaves the line speed at 0 and the line discipline
     * changed after it closes. Where stty is missing, any provider will do.
     */
    private static Terminal systemTerminal(boolean dumb) throws IOException {
        if (!dumb) {
            try {
                return TerminalBuilder.builder().system(true).provider("exec").build();
            } catch (IOException | RuntimeException e) {
                // Fall through to JLine's choice.
            }
        }
        return TerminalBuilder.builder().system(true).dumb(dumb).build();
    }

    public int run() {
        Thread hook = new Thread(this::restoreTerminal, "distlab-restore-terminal");
        Runtime.getRuntime().addShutdownHook(hook);
        // While a command runs, Ctrl-C reaches us as SIGINT; while a line is read, JLine's own handler takes it.
        terminal.handle(Terminal.Signal.INT, signal -> interrupted.set(true));
        LineReader reader = reader();
        PrintWriter out = terminal.writer();
        out.println("distlab: type help for commands, Tab to complete, Ctrl-R to search history, quit to leave");
        out.flush();
        try {
            while (true) {
                String line;
                try {
                    line = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    return 0;
                }
                Result r = execute(line);
                out.print(r.output());
                if (r.failed()) out.println(r.problem());
                out.flush();
                if (r.status() == Result.Status.QUIT) return 0;
            }
        } finally {
            saveHistory(reader);
            restoreTerminal();
            removeHook(hook);
        }
    }

    private Result execute(String line) {
        interrupted.set(false);
        session.sim().monitor(stopOnCtrlC);
        try {
            return session.execute(line);
        } catch (OutOfMemoryError e) {
            return new Result("", Result.Status.ERROR, Result.OUT_OF_MEMORY);
        }
    }

    private LineReader reader() {
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[0]);
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("distlab")
                .parser(parser)
                .completer(new LabCompleter(new Completion(session, List.of())))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_SIZE, HISTORY_SIZE)
                .variable(LineReader.HISTORY_FILE_SIZE, HISTORY_SIZE)
                .build();
        // "!=" is an operator of the query language, not a history event to expand.
        reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        reader.option(LineReader.Option.HISTORY_IGNORE_DUPS, true);
        try {
            Files.createDirectories(historyFile.toAbsolutePath().getParent());
        } catch (IOException | RuntimeException e) {
            terminal.writer().println("(history will not be kept: cannot create " + historyFile.getParent() + ")");
        }
        return reader;
    }

    private void saveHistory(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException e) {
            terminal.writer().println("(could not save history to " + historyFile + ": " + e.getMessage() + ")");
            terminal.writer().flush();
        }
    }

    /** Keypad mode off and the terminal's modes back as they were; once, whichever way we leave. */
    private void restoreTerminal() {
        if (!restored.compareAndSet(false, true)) return;
        try {
            terminal.puts(InfoCmp.Capability.keypad_local);
            terminal.flush();
        } catch (RuntimeException e) {
            // Go on: closing the terminal still restores its modes.
        }
        try {
            terminal.close();
        } catch (IOException | RuntimeException e) {
            // Leaving anyway.
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs, and finds the terminal restored.
        }
    }
}
