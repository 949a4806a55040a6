package distlab;

import distlab.engine.Result;
import distlab.engine.Session;
import distlab.lecture.LabHome;
import distlab.sim.LabException;
import distlab.ui.repl.JLineRepl;
import distlab.ui.script.ScriptProgress;
import distlab.ui.script.ScriptReader;
import distlab.ui.script.ScriptRunner;
import distlab.ui.script.ScriptSource;
import distlab.ui.tui.Tui;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line: picks the front end (TUI, REPL or script mode) and wires it to a session. */
@Command(name = "lab", mixinStandardHelpOptions = true, version = "distlab 0.1.0",
        description = "A terminal lab for learning distributed systems.",
        footer = {"", "Modes:",
                "  java -jar lab.jar                  terminal UI (when stdin and stdout are a terminal)",
                "  java -jar lab.jar --plain          line REPL",
                "  java -jar lab.jar < demo.lab       script mode on stdin",
                "  java -jar lab.jar a.lab b.lab      script mode on files, in order (- is stdin)",
                "  java -jar lab.jar --tui demo.lab   presenter mode",
                "  java -jar lab.jar check-history --model cas-register FILE...   check Jepsen histories",
                "Exit status: 0 all held; 1 a command or expectation failed; 2 bad usage."})
public final class Main implements Callable<Integer> {
    @Option(names = "--seed", paramLabel = "N", description = "random seed (default 1)")
    long seed = 1;
    @Option(names = "--keep-going", description = "script mode: report every failure instead of stopping at the first")
    boolean keepGoing;
    @Option(names = "--home", paramLabel = "DIR", description = "where notes/ live (default: the repository, else ~/.distlab)")
    Path home;
    @Option(names = "--plain", description = "line REPL instead of the terminal UI")
    boolean plain;
    @Option(names = "--tui", description = "presenter mode: step through the script files in the terminal UI")
    boolean tui;
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "scripts to run (- for stdin)")
    List<String> files = new ArrayList<>();

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the lab with these arguments and streams; returns the exit status. Output that
     * could not be written (a full disk) makes it 1, with one line on stderr; so does running
     * out of memory, which is never a stack trace.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        int status;
        try {
            status = runCommandLine(args, out, err);
        } catch (OutOfMemoryError e) {
            err.println("lab: " + Result.OUT_OF_MEMORY);
            status = 1;
        } catch (StackOverflowError e) {
            err.println("lab: internal error (stack overflow); please report this with the input that caused it");
            status = 1;
        }
        if (out.checkError() && status == 0) {
            err.println("lab: cannot write the output (disk full, or the reader went away)");
            status = 1;
        }
        return status;
    }

    private static int runCommandLine(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main(out, err));
        cl.addSubcommand("check-history", new CheckHistoryCommand(out, err));
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExpandAtFiles(false);
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("lab: " + e.getMessage() + " (see java -jar lab.jar --help)");
            return 2;
        });
        cl.setExecutionExceptionHandler((e, c, p) -> {
            err.println("lab: " + e.getMessage());
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        Session session = new Session(seed);
        LabHome labHome;
        try {
            labHome = LabHome.resolve(home);
        } catch (LabException e) {
            err.println("lab: " + e.getMessage());
            return 2;
        }
        session.setHome(labHome);
        // System.console() is non-null when both stdin and stdout are a terminal (Java 17).
        boolean terminal = System.console() != null;
        if (tui) return presenterMode(session, terminal);
        if (files.isEmpty() && plain) return repl(session, labHome);
        if (files.isEmpty() && terminal) return Tui.run(session, null, err);
        List<ScriptSource> sources = sources();
        if (sources == null) return 2;
        return new ScriptRunner(session, out, err, keepGoing, ScriptProgress.onStderr(err)).run(sources);
    }

    private int presenterMode(Session session, boolean terminal) {
        if (!terminal) {
            err.println("lab: --tui needs a terminal (stdin and stdout); to run a script without one: java -jar lab.jar FILE");
            return 2;
        }
        List<ScriptSource> sources = files.isEmpty() ? List.of() : sources();
        if (sources == null) return 2;
        return Tui.run(session, sources.isEmpty() ? null : Tui.presenter(sources), err);
    }

    private int repl(Session session, LabHome labHome) {
        try {
            return JLineRepl.onSystemTerminal(session, JLineRepl.historyFile(labHome)).run();
        } catch (IOException | RuntimeException e) {
            err.println("lab: cannot start the line REPL: " + e.getMessage());
            return 1;
        }
    }

    /** The scripts named on the command line (stdin if none); null after reporting one that cannot be read. */
    private List<ScriptSource> sources() {
        List<ScriptSource> sources = new ArrayList<>();
        for (String file : files.isEmpty() ? List.of("-") : files) {
            ScriptSource source = open(file);
            if (source == null) return null;
            sources.add(source);
        }
        return sources;
    }

    private ScriptSource open(String file) {
        if (file.equals("-")) return new ScriptSource("<stdin>", new ScriptReader(System.in));
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            err.println("lab: " + file + " is a folder, not a script");
            return null;
        }
        try {
            return new ScriptSource(file, new ScriptReader(Files.newInputStream(path)));
        } catch (NoSuchFileException | FileNotFoundException e) {
            err.println("lab: no such file: " + file);
        } catch (AccessDeniedException e) {
            err.println("lab: cannot read " + file + ": permission denied");
        } catch (IOException | RuntimeException e) {
            err.println("lab: cannot read " + file + ": " + e.getMessage());
        }
        return null;
    }
}
