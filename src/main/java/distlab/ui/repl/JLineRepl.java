package distlab.ui.repl;

import distlab.engine.Result;
import distlab.engine.Session;
import distlab.lecture.LabHome;
import distlab.ui.Completion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The line REPL ({@code --plain}, docs/language.md, launching): JLine's editor with history kept in the lab's
 * home, Tab completion from {@link Completion}, and Ctrl-R search. Each command prints
 * exactly what script mode prints for it (without the {@code > COMMAND} echo), and a
 * failure as one line {@code error: ...}. Ctrl-C abandons the line; Ctrl-D or quit leaves.
 */
public final class JLineRepl {
    public static final String PROMPT = "lab> ";
    private static final int HISTORY_SIZE = 5_000;

    private final Session session;
    private final Terminal terminal;
    private final Path historyFile;

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
        return new JLineRepl(session, TerminalBuilder.builder().system(true).dumb(dumb).build(), historyFile);
    }

    public int run() {
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
                Result r = session.execute(line);
                out.print(r.output());
                if (r.failed()) out.println(r.problem());
                out.flush();
                if (r.status() == Result.Status.QUIT) return 0;
            }
        } finally {
            saveHistory(reader);
            closeQuietly();
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

    private void closeQuietly() {
        try {
            terminal.close();
        } catch (IOException e) {
            // Leaving anyway; the terminal's own shutdown restores its mode.
        }
    }
}
