package distlab.ui.script;

import distlab.engine.LineSplitter;
import distlab.engine.Result;
import distlab.engine.SafeText;
import distlab.engine.Session;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Script mode (docs/language.md, scripts): each command echoed as {@code > COMMAND} with its output on stdout;
 * failures as {@code FILE:LINE: error: ...} on stderr; stop at the first failure unless
 * keep-going. Exit status 0 when everything held, 1 otherwise, and 1 when stdout cannot be
 * written (a full disk). Long runs show progress on stderr when it is a terminal.
 */
public final class ScriptRunner {
    /** A script longer than this is refused rather than run for hours. */
    public static final int MAX_LINES = 1_000_000;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Session session;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean keepGoing;
    private final ScriptProgress progress;
    private boolean failed;
    private boolean outputBroken;

    public ScriptRunner(Session session, PrintStream out, PrintStream err, boolean keepGoing) {
        this(session, out, err, keepGoing, ScriptProgress.OFF);
    }

    public ScriptRunner(Session session, PrintStream out, PrintStream err, boolean keepGoing, ScriptProgress progress) {
        this.session = session;
        this.out = out;
        this.err = err;
        this.keepGoing = keepGoing;
        this.progress = progress;
    }

    /** Runs the scripts in order in one session; returns the exit status. */
    public int run(List<ScriptSource> sources) {
        for (ScriptSource source : sources) {
            if (!runOne(source)) break;
        }
        if (out.checkError()) outputFailed(null);
        return failed ? 1 : 0;
    }

    /** False when the run must stop (a failure without keep-going, quit, or output that cannot be written). */
    private boolean runOne(ScriptSource source) {
        int lineNumber = 0;
        while (true) {
            String line;
            try {
                line = source.reader().readLine();
                lineNumber++;
            } catch (ScriptReader.BadLine e) {
                lineNumber++;
                report(source, lineNumber, "error: " + e.getMessage());
                if (e.fatal() || !keepGoing) return false;
                continue;
            } catch (IOException | UncheckedIOException e) {
                report(source, lineNumber + 1, "error: cannot read " + source.name() + " (" + e.getMessage() + ")");
                return false;
            }
            if (line == null) return true;
            if (lineNumber > MAX_LINES) {
                report(source, lineNumber, "error: script too long (at most " + MAX_LINES + " lines): it stops here");
                return false;
            }
            if (!runLine(source, lineNumber, lineNumber == 1 ? withoutByteOrderMark(line) : line)) return false;
        }
    }

    /** Runs one line; false when the run must stop. */
    private boolean runLine(ScriptSource source, int lineNumber, String line) {
        String refused = refusal(line);
        if (refused != null) return failure(source, lineNumber, refused, false);
        String command = LineSplitter.stripComment(line);
        if (command.isEmpty()) return true;
        out.println("> " + SafeText.forTerminal(command));
        Result result;
        try {
            session.sim().monitor(progress);
            progress.commandStarted();
            result = session.execute(line);
        } catch (OutOfMemoryError e) {
            // The session may be half-way through a change: report it, and stop.
            return failure(source, lineNumber, "error: " + Result.OUT_OF_MEMORY, true);
        } finally {
            progress.commandEnded();
        }
        out.print(result.output());
        if (out.checkError()) return outputFailed(source.name() + ":" + lineNumber);
        if (result.failed()) return failure(source, lineNumber, result.problem(), false);
        return result.status() != Result.Status.QUIT;
    }

    /** Reports a problem; false when the run must stop there. */
    private boolean failure(ScriptSource source, int lineNumber, String problem, boolean fatal) {
        report(source, lineNumber, problem);
        return keepGoing && !fatal && !outputBroken;
    }

    /** Why a line is refused before it runs, or null. */
    private static String refusal(String line) {
        if (line.length() > LineSplitter.MAX_LINE_CHARS) {
            return "error: line too long: " + line.length() + " characters (at most " + LineSplitter.MAX_LINE_CHARS + ")";
        }
        if (line.indexOf('\0') >= 0) return "error: the line holds a NUL character (is it a text file?)";
        return null;
    }

    private static String withoutByteOrderMark(String line) {
        return !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
    }

    /** Stdout cannot be written (a full disk, a closed pipe): one line on stderr, status 1, stop. */
    private boolean outputFailed(String where) {
        if (!outputBroken) {
            err.println("lab: cannot write the output (disk full, or the reader went away)" + (where == null ? "" : ": stopped at " + where));
            err.flush();
        }
        outputBroken = true;
        failed = true;
        return false;
    }

    private void report(ScriptSource source, int line, String problem) {
        failed = true;
        if (out.checkError()) outputFailed(source.name() + ":" + line);
        err.println(source.name() + ":" + line + ": " + problem);
        err.flush();
    }
}
