package distlab.check.history;

import distlab.check.linearizability.Budget;
import distlab.check.linearizability.CasRegisterModel;
import distlab.check.linearizability.CheckResult;
import distlab.check.linearizability.FailureExplanation;
import distlab.check.linearizability.KeyValueModel;
import distlab.check.linearizability.KvOp;
import distlab.check.linearizability.KvResult;
import distlab.check.linearizability.Limit;
import distlab.check.linearizability.LinearizabilityChecker;
import distlab.check.linearizability.Model;
import distlab.check.linearizability.Operation;
import distlab.check.linearizability.RegisterOp;
import distlab.check.linearizability.RegisterResult;
import distlab.check.linearizability.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code check-history} command: checks history files and prints one verdict line per file,
 * {@code FILE: linearizable}, {@code FILE: not linearizable}, {@code FILE: unknown (WHY)} or
 * {@code FILE: empty (no operations)}. Problems go to {@code err}, one line per file; the other
 * files are still checked. Running out of memory is one such line, never a stack trace.
 *
 * <p>Exit status: 0 when every file was decided (linearizable, not linearizable or empty); 1 when
 * some file was unknown or could not be read or parsed; 2 for an unknown model name.
 */
public final class CheckHistoryRunner {
    /** Models this command knows, by name; the first is the default. */
    public static final List<String> MODELS = List.of("cas-register", "kv");

    public static final int EXIT_DECIDED = 0;
    public static final int EXIT_UNDECIDED = 1;
    public static final int EXIT_USAGE = 2;

    private CheckHistoryRunner() {}

    public static int run(List<Path> files, String model, PrintStream out, PrintStream err) {
        return run(files, CheckHistoryOptions.defaults().withModel(model), out, err);
    }

    /**
     * @param verbose print the explanation of each non-linearizable history under its verdict
     * @param budget search budget for each history (each partition, and each search of an explanation)
     */
    public static int run(List<Path> files, String model, boolean verbose, Budget budget, PrintStream out,
            PrintStream err) {
        return run(files, CheckHistoryOptions.defaults().withModel(model).withVerbose(verbose).withBudget(budget),
                out, err);
    }

    public static int run(List<Path> files, CheckHistoryOptions options, PrintStream out, PrintStream err) {
        if (!MODELS.contains(options.model())) {
            err.println("unknown model '" + options.model() + "' (models: " + String.join(", ", MODELS) + ")");
            return EXIT_USAGE;
        }
        ScheduledExecutorService timer = options.timeoutSeconds() > 0 ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "check-history-timeout");
            thread.setDaemon(true);
            return thread;
        }) : null;
        try {
            int exit = EXIT_DECIDED;
            for (Path file : files) {
                if (!checkFile(file, options, timer, out, err)) {
                    exit = EXIT_UNDECIDED;
                }
            }
            return exit;
        } finally {
            if (timer != null) {
                timer.shutdownNow();
            }
        }
    }

    /** Prints the verdict on one file; false when it could not be decided. */
    private static boolean checkFile(Path file, CheckHistoryOptions options, ScheduledExecutorService timer,
            PrintStream out, PrintStream err) {
        AtomicBoolean timedOut = new AtomicBoolean();
        var deadline = timer == null ? null
                : timer.schedule(() -> timedOut.set(true), options.timeoutSeconds(), TimeUnit.SECONDS);
        try (ProgressLine progress = ProgressLine.start(options.progress(), err, file.toString())) {
            Budget base = options.budget();
            Budget budget = base.withProgress(progress::addSteps)
                    .withCancel(() -> timedOut.get() || base.cancelled().getAsBoolean());
            return options.model().equals("kv")
                    ? checkKv(file, options, budget, out)
                    : checkRegister(file, options, budget, out);
        } catch (IOException e) {
            err.println(file + ": error: cannot read (" + describe(e) + ")");
            return false;
        } catch (HistoryParseException e) {
            err.println(e.getMessage());
            return false;
        } catch (OutOfMemoryError e) {
            err.println(file + ": error: out of memory (lower --max-ops or --memory, or give Java more heap"
                    + " with -Xmx)");
            return false;
        } finally {
            if (deadline != null) {
                deadline.cancel(false);
            }
        }
    }

    private static boolean checkRegister(Path file, CheckHistoryOptions options, Budget budget, PrintStream out)
            throws IOException, HistoryParseException {
        JepsenHistory history = JepsenLogParser.parse(file, options.limits());
        if (history.isEmpty()) {
            out.println(file + ": empty (no operations)");
            return true;
        }
        return decide(file, new CasRegisterModel(), history.operations(), options, budget, out);
    }

    private static boolean checkKv(Path file, CheckHistoryOptions options, Budget budget, PrintStream out)
            throws IOException, HistoryParseException {
        ParsedHistory<KvOp, KvResult> history = JepsenLogParser.parseKv(file, options.limits());
        if (history.isEmpty()) {
            out.println(file + ": empty (no operations)");
            return true;
        }
        // Porcupine's format (a :key field) starts every key as the empty string (docs/history-checker.md).
        KeyValueModel model = history.keyFields() ? KeyValueModel.startingWith("") : new KeyValueModel();
        return decide(file, model, history.operations(), options, budget, out);
    }

    private static <S, I, O> boolean decide(Path file, Model<S, I, O> model, List<Operation<I, O>> operations,
            CheckHistoryOptions options, Budget budget, PrintStream out) {
        CheckResult<I, O> result;
        try {
            result = LinearizabilityChecker.check(model, operations, budget);
        } catch (OutOfMemoryError e) {
            out.println(file + ": unknown (out of memory with " + count(operations.size()) + " operations; lower"
                    + " --memory, or give Java more heap with -Xmx)");
            return false;
        }
        switch (result.verdict()) {
            case LINEARIZABLE -> out.println(file + ": linearizable");
            case NOT_LINEARIZABLE -> {
                out.println(file + ": not linearizable");
                if (options.verbose()) {
                    FailureExplanation.explain(model, operations, budget)
                            .ifPresent(explanation -> out.println(explanation.render() + "\n"));
                }
            }
            case UNKNOWN -> out.println(file + ": unknown (" + why(result.limit().orElse(Limit.STEPS), options) + ")");
        }
        return result.verdict() != Verdict.UNKNOWN;
    }

    /** Which limit stopped the search, and how to raise it. */
    private static String why(Limit limit, CheckHistoryOptions options) {
        Budget budget = options.budget();
        return switch (limit) {
            case STEPS -> "reached the step budget, " + count(budget.maxStepsPerPartition())
                    + " steps per key; raise --steps";
            case MEMORY -> "reached the memory budget, " + megabytes(budget.maxBytes()) + "; raise --memory, or give"
                    + " Java more heap with -Xmx";
            case CANCELLED -> "reached the time limit, " + options.timeoutSeconds() + " s; raise --timeout";
        };
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes >> 20);
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
