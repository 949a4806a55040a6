package distlab.check.linearizability;

import static distlab.check.linearizability.RegisterOp.read;
import static distlab.check.linearizability.RegisterOp.write;
import static distlab.check.linearizability.RegisterResult.ok;
import static distlab.check.linearizability.RegisterResult.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FailureExplanationTest {
    private final CasRegisterModel register = new CasRegisterModel();

    private static Operation<RegisterOp, RegisterResult> op(int id, String client, long call, long ret,
            RegisterOp input, RegisterResult output) {
        return Operation.completed(id, client, call, ret, input, output);
    }

    private final List<Operation<RegisterOp, RegisterResult>> staleRead = List.of(
            op(0, "c1", 0, 1, write("1"), ok()),
            op(1, "c2", 2, 5, read(), value("1")),
            op(2, "c1", 3, 4, write("2"), ok()),
            op(3, "c2", 6, 7, read(), value("1")),
            op(4, "c3", 8, 9, read(), value("1")));

    @Test
    void explainsAStaleReadWithTheWriteItMissed() {
        FailureExplanation<RegisterOp, RegisterResult> explanation =
                FailureExplanation.explain(register, staleRead).orElseThrow();
        assertEquals(List.of(2, 3), explanation.operations().stream().map(Operation::id).toList());
        assertEquals("op2 op3 cannot be linearized (e.g. op3 read 1, but the register held 2)",
                explanation.summary());
        assertEquals("""
                Not linearizable. These 2 operations cannot be put in any order that a single
                copy of the data would allow:

                  c1  |--op2 write 2--|
                  c2                    |--op3 read→1--|

                Real time orders them (an op that returned before another was called
                must take effect first):
                  op2 returned before op3 was called

                The only order allowed by real time fails at its last op here:
                  op2 op3: op3 read 1, but the register held 2

                Taken from the first 4 of the 5 operations (the history up to the moment it
                fails); the 2 other operations cannot rescue it, whichever of them took effect.""",
                explanation.render());
    }

    @Test
    void linearizableHistoriesHaveNoExplanation() {
        assertTrue(FailureExplanation.explain(register, staleRead.subList(0, 3)).isEmpty());
    }

    @Test
    void namesTheFailingKeyAndStaysWithinEightyColumns() {
        KeyValueModel kv = new KeyValueModel();
        List<Operation<KvOp, KvResult>> history = new ArrayList<>(KvHistoryGenerator.generate(3, 200, 6, 3));
        int n = history.size();
        history.add(Operation.completed(n, "c9", 100_000, 100_001, KvOp.put("k1", "7"), KvResult.ok()));
        history.add(Operation.completed(n + 1, "c9", 100_002, 100_003, KvOp.put("k1", "8"), KvResult.ok()));
        history.add(Operation.completed(n + 2, "c9", 100_004, 100_005, KvOp.get("k1"), KvResult.value("7")));
        FailureExplanation<KvOp, KvResult> explanation = FailureExplanation.explain(kv, history).orElseThrow();
        assertEquals("k1", explanation.partitionKey());
        assertTrue(explanation.summary().startsWith("key k1: "), explanation.summary());
        assertTrue(explanation.summary().contains("got 7, but k1 held 8"), explanation.summary());
        explanation.render().lines().forEach(line ->
                assertTrue(line.codePointCount(0, line.length()) <= 80, "too wide: " + line));
    }

    /**
     * The witness alone is not linearizable; and it is 1-minimal: relaxing any one of its operations
     * (letting it have happened as recorded or not at all, like the rest of the prefix) makes the
     * prefix linearizable. Literal removal cannot be the criterion: without the write a stale read
     * missed, the read of a value never written would "explain" every failure, wrongly.
     */
    @Property(tries = 400)
    void witnessIsNotLinearizableAndOneMinimal(@ForAll long seed) {
        List<Operation<RegisterOp, RegisterResult>> history = RandomHistories.arbitrary(new Random(seed), 8);
        Assume.that(!BruteForceChecker.isLinearizable(register, history));
        FailureMinimizer.Witness<RegisterOp, RegisterResult> witness =
                new FailureMinimizer<>(register, Budget.defaultBudget()).minimize(history);
        List<Operation<RegisterOp, RegisterResult>> ops = witness.requiredOperations();
        assertTrue(!ops.isEmpty());
        assertTrue(!BruteForceChecker.isLinearizable(register, ops), "witness alone must fail: " + ops);
        boolean[] relaxed = new boolean[witness.prefix().size()];
        for (int i = 0; i < relaxed.length; i++) {
            relaxed[i] = !witness.required()[i];
        }
        assertEquals(Verdict.NOT_LINEARIZABLE,
                LinearizabilityChecker.checkRelaxed(register, witness.prefix(), relaxed, Budget.defaultBudget()));
        for (int i = 0; i < relaxed.length; i++) {
            if (witness.required()[i]) {
                relaxed[i] = true;
                assertEquals(Verdict.LINEARIZABLE, LinearizabilityChecker.checkRelaxed(
                        register, witness.prefix(), relaxed, Budget.defaultBudget()), "op" + i + " is not needed");
                relaxed[i] = false;
            }
        }
        FailureExplanation<RegisterOp, RegisterResult> explanation =
                FailureExplanation.explain(register, history).orElseThrow();
        assertEquals(ops, explanation.operations());
        assertTrue(explanation.failedOrderCount() > 0);
    }
}
