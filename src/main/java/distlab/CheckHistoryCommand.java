package distlab;

import distlab.check.history.CheckHistoryOptions;
import distlab.check.history.CheckHistoryRunner;
import distlab.check.history.HistoryLimits;
import distlab.check.history.StderrTerminal;
import distlab.check.linearizability.Budget;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code java -jar lab.jar check-history [--model cas-register|kv] FILE...} (docs/history-checker.md): wiring only. */
@Command(name = "check-history", mixinStandardHelpOptions = true,
        description = {"Check histories (Jepsen logs such as INFO jepsen.util - 2 :invoke :cas [3 0], or EDN maps",
                "one per line) for linearizability. Prints FILE: linearizable | not linearizable | unknown (WHY)",
                "| empty (no operations), one line per file. See docs/history-checker.md."},
        footer = {"", "Exit status: 0 every file was decided; 1 some file was unknown or could not be read or parsed",
                "(FILE:LINE: error: ... on stderr); 2 bad usage."})
final class CheckHistoryCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "MODEL",
            description = "the object the history is about: cas-register (default), or kv (get/put/cas/append on keys)")
    String model = CheckHistoryRunner.MODELS.get(0);
    @Option(names = "--verbose", description = "explain each non-linearizable history: the smallest failing part, on a timeline")
    boolean verbose;
    @Option(names = "--timeout", paramLabel = "SECONDS", description = "give up on a file after this long: unknown (default: no limit)")
    long timeoutSeconds;
    @Option(names = "--steps", paramLabel = "N", description = "search steps allowed per key (default: ${DEFAULT-VALUE})")
    long steps = Budget.DEFAULT_STEPS;
    @Option(names = "--memory", paramLabel = "MB", description = "memory for the search tables of one file (default: half the heap)")
    long memoryMegabytes = Budget.defaultBytes() >> 20;
    @Option(names = "--threads", paramLabel = "N", description = "keys searched at once (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();
    @Option(names = "--max-ops", paramLabel = "N", description = "refuse a file with more operations (default: ${DEFAULT-VALUE})")
    int maxOperations = HistoryLimits.DEFAULT.maxOperations();
    @Option(names = "--max-bytes", paramLabel = "N", description = "refuse a file larger than this (default: ${DEFAULT-VALUE})")
    long maxBytes = HistoryLimits.DEFAULT.maxBytes();
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "history files")
    List<Path> files;

    private final PrintStream out;
    private final PrintStream err;

    CheckHistoryCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs {@code check-history} with the words after it; picocli is loaded only for this subcommand. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        picocli.CommandLine cl = new picocli.CommandLine(new CheckHistoryCommand(out, err));
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExpandAtFiles(false);
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("lab check-history: " + e.getMessage() + " (see java -jar lab.jar check-history --help)");
            return 2;
        });
        cl.setExecutionExceptionHandler((e, c, p) -> {
            err.println("lab check-history: " + e.getMessage());
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        if (timeoutSeconds < 0 || steps <= 0 || memoryMegabytes <= 0 || threads <= 0 || maxOperations <= 0 || maxBytes <= 0) {
            err.println("check-history: --timeout must be 0 or more, and --steps, --memory, --threads, --max-ops and"
                    + " --max-bytes above 0");
            return CheckHistoryRunner.EXIT_USAGE;
        }
        Budget budget = Budget.steps(steps).withBytes(memoryMegabytes << 20).withParallelism(threads);
        CheckHistoryOptions options = CheckHistoryOptions.defaults().withModel(model).withVerbose(verbose)
                .withBudget(budget).withTimeout(timeoutSeconds)
                .withLimits(HistoryLimits.DEFAULT.withMaxOperations(maxOperations).withMaxBytes(maxBytes))
                .withProgress(StderrTerminal.isTerminal());
        return CheckHistoryRunner.run(files, options, out, err);
    }
}
