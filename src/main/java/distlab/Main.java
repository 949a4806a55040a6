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
import java.io.BufferedReader;
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

/** The command line: picks the front end (TUI, REPL or script mode) and wires it to a session. */
public final class Main {
    private final long seed;
    private final boolean keepGoing;
    private final Path home;
    private final boolean plain;
    private final boolean tui;
    private final List<String> files;
    private final PrintStream out;
    private final PrintStream err;

    private Main(LaunchOptions options, PrintStream out, PrintStream err) {
        this.seed = options.seed();
        this.keepGoing = options.keepGoing();
        this.home = options.home();
        this.plain = options.plain();
        this.tui = options.tui();
        this.files = options.files();
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
        if (args.length > 0 && args[0].equals("check-history")) {
            return CheckHistoryCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (LaunchOptions.BadUsage e) {
            err.println("lab: " + e.getMessage() + " (see java -jar lab.jar --help)");
            return 2;
        }
        if (options.help()) {
            out.print(LaunchOptions.HELP);
            return 0;
        }
        if (options.version()) {
            out.println(LaunchOptions.VERSION);
            return 0;
        }
        return new Main(options, out, err).call();
    }

    private int call() {
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
        if (tui) return presenterMode(session, labHome, terminal);
        if (files.isEmpty() && plain) return repl(session, labHome);
        if (files.isEmpty() && terminal) return Tui.run(session, null, JLineRepl.historyFile(labHome), err);
        List<ScriptSource> sources = sources();
        if (sources == null) return 2;
        return new ScriptRunner(session, out, err, keepGoing, ScriptProgress.onStderr(err)).run(sources);
    }

    private int presenterMode(Session session, LabHome labHome, boolean terminal) {
        if (!terminal) {
            err.println("lab: --tui needs a terminal (stdin and stdout); to run a script without one: java -jar lab.jar FILE");
            return 2;
        }
        List<ScriptSource> sources = files.isEmpty() ? List.of() : sources();
        if (sources == null) return 2;
        return Tui.run(session, sources.isEmpty() ? null : Tui.presenter(sources), JLineRepl.historyFile(labHome), err);
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
            if (file.endsWith(".md")) {
                // A lecture: its Try-it blocks, each in a fresh session.
                String blocks = distlab.lecture.TryItBlocks.script(Files.readString(path, StandardCharsets.UTF_8));
                return new ScriptSource(file, new BufferedReader(new java.io.StringReader(blocks)));
            }
            return new ScriptSource(file, new ScriptReader(Files.newInputStream(path)));
        } catch (NoSuchFileException | FileNotFoundException e) {
            // Not on disk: a demo or lecture that ships in the jar (demos/6_2_raft.lab) will do.
            var bundled = distlab.lecture.BundledFiles.read(file);
            if (bundled.isPresent()) return new ScriptSource(file, new BufferedReader(new java.io.StringReader(bundled.get())));
            err.println("lab: no such file: " + file);
        } catch (AccessDeniedException e) {
            err.println("lab: cannot read " + file + ": permission denied");
        } catch (IOException | RuntimeException e) {
            err.println("lab: cannot read " + file + ": " + e.getMessage());
        }
        return null;
    }
}
