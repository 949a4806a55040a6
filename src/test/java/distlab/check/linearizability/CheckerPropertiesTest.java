package distlab.check.linearizability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

class CheckerPropertiesTest {
    private final CasRegisterModel register = new CasRegisterModel();

    @Property(tries = 300)
    void aRealExecutionWithWidenedIntervalsIsLinearizable(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int count) {
        List<Operation<RegisterOp, RegisterResult>> history =
                RandomHistories.sequentialThenWidened(new Random(seed), count);
        assertEquals(Verdict.LINEARIZABLE, LinearizabilityChecker.check(register, history).verdict(),
                () -> "history: " + history);
    }

    @Property(tries = 1500)
    void verdictEqualsBruteForceOnSmallHistories(@ForAll long seed) {
        List<Operation<RegisterOp, RegisterResult>> history = RandomHistories.arbitrary(new Random(seed), 7);
        Verdict expected = BruteForceChecker.isLinearizable(register, history)
                ? Verdict.LINEARIZABLE : Verdict.NOT_LINEARIZABLE;
        Statistics.collect(expected);
        assertEquals(expected, LinearizabilityChecker.check(register, history).verdict(), () -> "history: " + history);
    }

    @Property(tries = 500)
    void verdictEqualsBruteForceForANondeterministicModel(@ForAll long seed) {
        LossyRegisterModel lossy = new LossyRegisterModel();
        List<Operation<RegisterOp, RegisterResult>> history = RandomHistories.arbitrary(new Random(seed), 7);
        Verdict expected = BruteForceChecker.isLinearizable(lossy, history)
                ? Verdict.LINEARIZABLE : Verdict.NOT_LINEARIZABLE;
        Statistics.collect(expected);
        assertEquals(expected, LinearizabilityChecker.check(lossy, history).verdict(), () -> "history: " + history);
    }
}
