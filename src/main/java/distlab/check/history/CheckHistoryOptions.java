package distlab.check.history;

import distlab.check.linearizability.Budget;
import java.util.Objects;

/**
 * The settings of one {@code check-history} run (docs/history-checker.md).
 *
 * @param model a name from {@link CheckHistoryRunner#MODELS}
 * @param verbose explain each non-linearizable history under its verdict
 * @param budget steps, bytes and threads for each history
 * @param timeoutSeconds wall-clock seconds for each file; 0 for none
 * @param limits how big a history file may be
 * @param progress show progress on stderr (the caller decides: only when it is a terminal)
 */
public record CheckHistoryOptions(String model, boolean verbose, Budget budget, long timeoutSeconds,
        HistoryLimits limits, boolean progress) {
    public CheckHistoryOptions {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(limits, "limits");
    }

    /** The register model, the default budget on every core, no time limit, no progress. */
    public static CheckHistoryOptions defaults() {
        return new CheckHistoryOptions(CheckHistoryRunner.MODELS.get(0), false,
                Budget.defaultBudget().withParallelism(Runtime.getRuntime().availableProcessors()), 0,
                HistoryLimits.DEFAULT, false);
    }

    public CheckHistoryOptions withModel(String name) {
        return new CheckHistoryOptions(name, verbose, budget, timeoutSeconds, limits, progress);
    }

    public CheckHistoryOptions withVerbose(boolean explain) {
        return new CheckHistoryOptions(model, explain, budget, timeoutSeconds, limits, progress);
    }

    public CheckHistoryOptions withBudget(Budget newBudget) {
        return new CheckHistoryOptions(model, verbose, newBudget, timeoutSeconds, limits, progress);
    }

    public CheckHistoryOptions withTimeout(long seconds) {
        return new CheckHistoryOptions(model, verbose, budget, seconds, limits, progress);
    }

    public CheckHistoryOptions withLimits(HistoryLimits newLimits) {
        return new CheckHistoryOptions(model, verbose, budget, timeoutSeconds, newLimits, progress);
    }

    public CheckHistoryOptions withProgress(boolean show) {
        return new CheckHistoryOptions(model, verbose, budget, timeoutSeconds, limits, show);
    }
}
