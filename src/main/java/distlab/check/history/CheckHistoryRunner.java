package distlab.check.history;

import distlab.check.linearizability.Budget;
import distlab.check.linearizability.CasRegisterModel;
import distlab.check.linearizability.FailureExplanation;
import distlab.check.linearizability.LinearizabilityChecker;
import distlab.check.linearizability.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code check-history} command: checks Jepsen register logs and prints one verdict line per
 * file, {@code FILE: linearizable}, {@code FILE: not linearizable}, {@code FILE: unknown} (budget
 * exhausted) or {@code FILE: empty (no operations)}. Problems go to {@code err}, one line per file.
 *
 * <p>Exit status: 0 when every file was decided (linearizable, not linearizable or empty); 1 when
 * some file was unknown or could not be read or parsed; 2 for an unknown model name.
 */
public final class CheckHistoryRunner {
    /** Models this command knows, by name. */
    public static final List<String> MODELS = List.of("cas-register");

    public static final int EXIT_DECIDED = 0;
    public static final int EXIT_UNDECIDED = 1;
    public static final int EXIT_USAGE = 2;

    private CheckHistoryRunner() {}

    public static int run(List<Path> files, String model, PrintStream out, PrintStream err) {
        return run(files, model, false, Budget.defaultBudget(), out, err);
    }

    /**
     * @param verbose print the explanation of each non-linearizable history under its verdict
     * @param budget search budget for each history (each partition, and each search of an explanation)
     */
    public static int run(List<Path> files, String model, boolean verbose, Budget budget, PrintStream out,
            PrintStream err) {
        if (!MODELS.contains(model)) {
            err.println("unknown model '" + model + "' (models: " + String.join(", ", MODELS) + ")");
            return EXIT_USAGE;
        }
        int exit = EXIT_DECIDED;
        for (Path file : files) {
            if (!checkOne(file, verbose, budget, out, err)) {
                exit = EXIT_UNDECIDED;
            }
        }
        return exit;
    }

    /** Prints the verdict on one file; false when it could not be decided. */
    private static boolean checkOne(Path file, boolean verbose, Budget budget, PrintStream out, PrintStream err) {
        JepsenHistory history;
        try {
            history = JepsenLogParser.parse(file);
        } catch (IOException e) {
            err.println(file + ": error: cannot read (" + describe(e) + ")");
            return false;
        } catch (HistoryParseException e) {
            err.println(e.getMessage());
            return false;
        }
        if (history.isEmpty()) {
            out.println(file + ": empty (no operations)");
            return true;
        }
        CasRegisterModel register = new CasRegisterModel();
        Verdict verdict = LinearizabilityChecker.check(register, history.operations(), budget).verdict();
        switch (verdict) {
            case LINEARIZABLE -> out.println(file + ": linearizable");
            case NOT_LINEARIZABLE -> {
                out.println(file + ": not linearizable");
                if (verbose) {
                    FailureExplanation.explain(register, history.operations(), budget)
                            .ifPresent(explanation -> out.println(explanation.render() + "\n"));
                }
            }
            case UNKNOWN -> out.println(file + ": unknown");
        }
        return verdict != Verdict.UNKNOWN;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "not UTF-8 text";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
