package distlab.check.linearizability;

import static distlab.check.linearizability.KvOp.cas;
import static distlab.check.linearizability.KvOp.get;
import static distlab.check.linearizability.KvOp.put;
import static distlab.check.linearizability.KvResult.fail;
import static distlab.check.linearizability.KvResult.none;
import static distlab.check.linearizability.KvResult.ok;
import static distlab.check.linearizability.KvResult.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyValueModelTest {
    private final KeyValueModel kv = new KeyValueModel();

    private static Operation<KvOp, KvResult> op(int id, String client, long call, long ret, KvOp in, KvResult out) {
        return Operation.completed(id, client, call, ret, in, out);
    }

    @Test
    void keysAreIndependentRegistersInitiallyNone() {
        List<Operation<KvOp, KvResult>> history = List.of(
                op(0, "c1", 0, 1, put("x", "1"), ok()),
                op(1, "c2", 2, 3, get("y"), none()),
                op(2, "c1", 4, 5, cas("x", "1", "2"), ok()),
                op(3, "c2", 6, 7, cas("y", "1", "2"), fail()),
                op(4, "c1", 8, 9, get("x"), value("2")));
        CheckResult<KvOp, KvResult> result = LinearizabilityChecker.check(kv, history);
        assertEquals(Verdict.LINEARIZABLE, result.verdict());
        assertEquals(List.of("x", "y"), result.partitions().stream().map(p -> p.partition().key()).toList());
        assertEquals(BruteForceChecker.isLinearizable(kv, history), true);
    }

    @Test
    void aStaleReadOnOneKeyFailsThatKeyOnly() {
        List<Operation<KvOp, KvResult>> history = List.of(
                op(0, "c1", 0, 1, put("a", "1"), ok()),
                op(1, "c1", 2, 3, put("b", "1"), ok()),
                op(2, "c1", 4, 5, put("b", "2"), ok()),
                op(3, "c2", 6, 7, get("b"), value("1")),
                op(4, "c2", 8, 9, get("a"), value("1")));
        CheckResult<KvOp, KvResult> result = LinearizabilityChecker.check(kv, history);
        assertEquals(Verdict.NOT_LINEARIZABLE, result.verdict());
        assertEquals("b", result.firstFailingPartition().orElseThrow().partition().key());
        assertEquals(false, BruteForceChecker.isLinearizable(kv, history));
    }

    @Test
    void describesOperationsForHumans() {
        assertEquals("get x→1", kv.describe(op(7, "c1", 0, 1, get("x"), value("1"))));
        assertEquals("get x→none", kv.describe(op(7, "c1", 0, 1, get("x"), none())));
        assertEquals("cas x 1→2 fail", kv.describe(op(7, "c1", 0, 1, cas("x", "1", "2"), fail())));
        assertEquals("put x 3 ?", kv.describe(Operation.open(7, "c1", 0, put("x", "3"))));
    }

    @Test
    void generatedHistoriesAreLinearizable() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Operation<KvOp, KvResult>> history = KvHistoryGenerator.generate(seed, 500, 5, 3);
            assertEquals(500, history.size());
            assertEquals(Verdict.LINEARIZABLE, LinearizabilityChecker.check(kv, history).verdict(), "seed " + seed);
        }
    }
}
