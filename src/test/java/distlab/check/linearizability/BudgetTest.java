package distlab.check.linearizability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import distlab.check.history.HistoryGenerator;
import distlab.check.history.JepsenLogParser;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Each limit ends a search with UNKNOWN and names itself; none of them changes a decided verdict. */
class BudgetTest {
    private final CasRegisterModel register = new CasRegisterModel();

    private List<Operation<RegisterOp, RegisterResult>> history() throws Exception {
        return JepsenLogParser.parse("g.log", HistoryGenerator.corrupt(5,
                HistoryGenerator.generate(5, HistoryGenerator.Shape.register(600, 4), HistoryGenerator.Format.JEPSEN_LOG)))
                .operations();
    }

    @Test
    void theStepBudget() throws Exception {
        CheckResult<RegisterOp, RegisterResult> result = LinearizabilityChecker.check(register, history(), Budget.steps(1_000));
        assertEquals(Verdict.UNKNOWN, result.verdict());
        assertEquals(Optional.of(Limit.STEPS), result.limit());
        assertEquals(1_000, result.totalSteps() - 1);
    }

    @Test
    void theMemoryBudgetBoundsTheTablesWhateverTheHistory() throws Exception {
        CheckResult<RegisterOp, RegisterResult> result =
                LinearizabilityChecker.check(register, history(), Budget.defaultBudget().withBytes(300_000));
        assertEquals(Verdict.UNKNOWN, result.verdict());
        assertEquals(Optional.of(Limit.MEMORY), result.limit());
    }

    @Test
    void cancellingStopsTheSearchAndProgressIsReported() throws Exception {
        AtomicLong reported = new AtomicLong();
        Budget budget = Budget.defaultBudget().withCancel(() -> reported.get() >= 8192).withProgress(reported::addAndGet);
        CheckResult<RegisterOp, RegisterResult> result = LinearizabilityChecker.check(register, history(), budget);
        assertEquals(Verdict.UNKNOWN, result.verdict());
        assertEquals(Optional.of(Limit.CANCELLED), result.limit());
        assertEquals(8192, reported.get());
    }

    @Test
    void theDefaultBudgetDecidesIt() throws Exception {
        assertEquals(Verdict.NOT_LINEARIZABLE, LinearizabilityChecker.check(register, history()).verdict());
    }
}
