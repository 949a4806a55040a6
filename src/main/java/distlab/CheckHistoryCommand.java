package distlab;

import distlab.check.history.CheckHistoryRunner;
import distlab.check.linearizability.Budget;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code java -jar lab.jar check-history --model cas-register FILE...} (docs/language.md; docs/history-checker.md): wiring only. */
@Command(name = "check-history", mixinStandardHelpOptions = true,
        description = {"Check Jepsen-style histories (e.g. INFO jepsen.util - 2 :invoke :cas [3 0]) for linearizability.",
                "Prints FILE: linearizable | not linearizable | unknown | empty (no operations), one line per file."},
        footer = {"", "Exit status: 0 every file was decided; 1 some file was unknown or could not be read or parsed",
                "(FILE:LINE: error: ... on stderr); 2 bad usage."})
final class CheckHistoryCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "MODEL", description = "the object the history is about: cas-register (default)")
    String model = "cas-register";
    @Option(names = "--verbose", description = "explain each non-linearizable history: the smallest failing part, on a timeline")
    boolean verbose;
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
        return CheckHistoryRunner.run(files, model, verbose, Budget.defaultBudget(), out, err);
    }
}
