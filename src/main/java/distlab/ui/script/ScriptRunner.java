package distlab.ui.script;

import distlab.engine.LineSplitter;
import distlab.engine.Result;
import distlab.engine.Session;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Script mode (docs/language.md, scripts): each command echoed as {@code > COMMAND} with its output on stdout;
 * failures as {@code FILE:LINE: error: ...} on stderr; stop at the first failure unless
 * keep-going. Exit status 0 when everything held, 1 otherwise.
 */
public final class ScriptRunner {
    /** A script longer than this is refused rather than run for hours. */
    public static final int MAX_LINES = 1_000_000;

    private final Session session;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean keepGoing;
    private boolean failed;

    public ScriptRunner(Session session, PrintStream out, PrintStream err, boolean keepGoing) {
        this.session = session;
        this.out = out;
        this.err = err;
        this.keepGoing = keepGoing;
    }

    /** Runs the scripts in order in one session; returns the exit status. */
    public int run(List<ScriptSource> sources) {
        for (ScriptSource source : sources) {
            if (!runOne(source)) break;
        }
        out.flush();
        return failed ? 1 : 0;
    }

    /** False when the run must stop (a failure without keep-going, or quit). */
    private boolean runOne(ScriptSource source) {
        int lineNumber = 0;
        try {
            String line;
            while ((line = source.reader().readLine()) != null) {
                lineNumber++;
                if (lineNumber > MAX_LINES) {
                    report(source, lineNumber, "error: script too long (at most " + MAX_LINES + " lines)");
                    return false;
                }
                String command = LineSplitter.stripComment(line);
                if (command.isEmpty()) continue;
                out.println("> " + command);
                Result result = session.execute(line);
                out.print(result.output());
                if (result.failed()) {
                    report(source, lineNumber, result.problem());
                    if (!keepGoing) return false;
                }
                if (result.status() == Result.Status.QUIT) return false;
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            report(source, lineNumber, "error: cannot read " + source.name() + " (" + e.getMessage() + ")");
            return false;
        }
    }

    private void report(ScriptSource source, int line, String problem) {
        failed = true;
        out.flush();
        err.println(source.name() + ":" + line + ": " + problem);
        err.flush();
    }
}
