package distlab.check.linearizability;

import static distlab.check.linearizability.RegisterOp.cas;
import static distlab.check.linearizability.RegisterOp.read;
import static distlab.check.linearizability.RegisterOp.write;
import static distlab.check.linearizability.RegisterResult.fail;
import static distlab.check.linearizability.RegisterResult.ok;
import static distlab.check.linearizability.RegisterResult.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Hand-made register histories whose verdicts can be checked by eye. Positions are small ints. */
class RegisterScenariosTest {
    private final CasRegisterModel register = new CasRegisterModel();

    private static Operation<RegisterOp, RegisterResult> op(int id, String client, long call, long ret,
            RegisterOp input, RegisterResult output) {
        return Operation.completed(id, client, call, ret, input, output);
    }

    private Verdict check(List<Operation<RegisterOp, RegisterResult>> history) {
        Verdict verdict = LinearizabilityChecker.check(register, history).verdict();
        assertEquals(verdict == Verdict.LINEARIZABLE, BruteForceChecker.isLinearizable(register, history),
                "brute force disagrees");
        return verdict;
    }

    @Test
    void sequentialHistoryIsLinearizable() {
        assertEquals(Verdict.LINEARIZABLE, check(List.of(
                op(0, "a", 0, 1, read(), value(null)),
                op(1, "a", 2, 3, write("1"), ok()),
                op(2, "b", 4, 5, read(), value("1")),
                op(3, "b", 6, 7, cas("1", "2"), ok()),
                op(4, "a", 8, 9, read(), value("2")))));
    }

    @Test
    void staleReadIsNotLinearizable() {
        // write 1 completes, then write 2 completes, then a read still sees 1.
        assertEquals(Verdict.NOT_LINEARIZABLE, check(List.of(
                op(0, "a", 0, 1, write("1"), ok()),
                op(1, "b", 2, 3, write("2"), ok()),
                op(2, "c", 4, 5, read(), value("1")))));
    }

    @Test
    void concurrentWritesMayBeReadInEitherOrder() {
        // Two overlapping writes; later reads agree on which came last.
        for (String last : List.of("1", "2")) {
            assertEquals(Verdict.LINEARIZABLE, check(List.of(
                    op(0, "a", 0, 3, write("1"), ok()),
                    op(1, "b", 1, 4, write("2"), ok()),
                    op(2, "c", 5, 6, read(), value(last)),
                    op(3, "a", 7, 8, read(), value(last)))), "last write " + last);
        }
    }

    @Test
    void readsOverlappingConcurrentWritesMaySeeEitherValue() {
        assertEquals(Verdict.LINEARIZABLE, check(List.of(
                op(0, "a", 0, 10, write("1"), ok()),
                op(1, "b", 1, 10, write("2"), ok()),
                op(2, "c", 2, 3, read(), value("2")),
                op(3, "d", 4, 5, read(), value("1")))));
    }

    @Test
    void pendingWriteThatMustHaveTakenEffect() {
        // The write never returned, but a later read saw its value.
        assertEquals(Verdict.LINEARIZABLE, check(List.of(
                Operation.open(0, "a", 0, write("1")),
                op(1, "b", 5, 6, read(), value("1")))));
    }

    @Test
    void pendingWriteThatMustNotHaveTakenEffect() {
        // The write never returned and every later read still sees nil: it never happened.
        assertEquals(Verdict.LINEARIZABLE, check(List.of(
                Operation.open(0, "a", 0, write("1")),
                op(1, "b", 5, 6, read(), value(null)),
                op(2, "b", 7, 8, read(), value(null)))));
    }

    @Test
    void pendingWriteCannotTakeEffectBeforeItsCall() {
        assertEquals(Verdict.NOT_LINEARIZABLE, check(List.of(
                op(0, "b", 0, 1, read(), value("1")),
                Operation.open(1, "a", 2, write("1")))));
    }

    @Test
    void failedCasIsLegalOnlyIfTheRegisterDidNotHoldTheExpectedValue() {
        assertEquals(Verdict.LINEARIZABLE, check(List.of(
                op(0, "a", 0, 1, write("1"), ok()),
                op(1, "b", 2, 3, cas("2", "3"), fail()),
                op(2, "c", 4, 5, read(), value("1")))));
        assertEquals(Verdict.NOT_LINEARIZABLE, check(List.of(
                op(0, "a", 0, 1, write("1"), ok()),
                op(1, "b", 2, 3, cas("1", "3"), fail()))));
    }

    @Test
    void readAfterCompletedWriteReturningTheOldValueIsNotLinearizable() {
        assertEquals(Verdict.NOT_LINEARIZABLE, check(List.of(
                op(0, "a", 0, 1, write("1"), ok()),
                op(1, "a", 2, 3, write("2"), ok()),
                op(2, "b", 4, 5, read(), value("1")))));
        assertEquals(Verdict.NOT_LINEARIZABLE, check(List.of(
                op(0, "a", 0, 1, write("1"), ok()),
                op(1, "b", 2, 3, read(), value(null)))));
    }

    @Test
    void casWithUnknownOutcomeMayOrMayNotHaveApplied() {
        // The cas timed out; one later read saw it applied: fine.
        assertEquals(Verdict.LINEARIZABLE, check(List.of(
                op(0, "a", 0, 1, write("1"), ok()),
                Operation.unknownOutcome(1, "b", 2, 3, cas("1", "2")),
                op(2, "c", 4, 5, read(), value("2")))));
        // It timed out and later reads saw it not applied: fine too (it failed, or found 1 gone).
        assertEquals(Verdict.LINEARIZABLE, check(List.of(
                op(0, "a", 0, 1, write("1"), ok()),
                Operation.open(1, "b", 2, cas("1", "2")),
                op(2, "c", 4, 5, read(), value("1")))));
        // But a closed cas with unknown outcome cannot apply when the value never matched.
        assertEquals(Verdict.NOT_LINEARIZABLE, check(List.of(
                op(0, "a", 0, 1, write("1"), ok()),
                Operation.unknownOutcome(1, "b", 2, 3, cas("5", "2")),
                op(2, "c", 4, 5, read(), value("2")))));
    }

    @Test
    void emptyHistoryIsLinearizable() {
        assertEquals(Verdict.LINEARIZABLE, check(List.of()));
    }

    @Test
    void budgetExhaustedGivesUnknown() {
        List<Operation<RegisterOp, RegisterResult>> history = List.of(
                op(0, "a", 0, 1, write("1"), ok()),
                op(1, "b", 2, 3, read(), value("1")));
        assertEquals(Verdict.UNKNOWN, LinearizabilityChecker.check(register, history, Budget.steps(1)).verdict());
        AtomicBoolean cancelled = new AtomicBoolean(true);
        List<Operation<RegisterOp, RegisterResult>> longer = RandomHistories.sequentialThenWidened(
                new java.util.Random(7), 3000);
        assertEquals(Verdict.UNKNOWN, LinearizabilityChecker.check(register, longer,
                new Budget(Long.MAX_VALUE, cancelled::get)).verdict());
    }
}
