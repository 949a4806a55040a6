package distlab.check.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.check.history.HistoryGenerator.Format;
import distlab.check.history.HistoryGenerator.Shape;
import distlab.check.linearizability.BruteForceChecker;
import distlab.check.linearizability.Budget;
import distlab.check.linearizability.CasRegisterModel;
import distlab.check.linearizability.CheckResult;
import distlab.check.linearizability.KeyValueModel;
import distlab.check.linearizability.KvOp;
import distlab.check.linearizability.KvResult;
import distlab.check.linearizability.LinearizabilityChecker;
import distlab.check.linearizability.Operation;
import distlab.check.linearizability.RegisterOp;
import distlab.check.linearizability.RegisterResult;
import distlab.check.linearizability.Verdict;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated histories through the parser and the checker: linearizable by construction, and
 * perturbed; on small ones the verdict is the brute-force checker's (the definition, executed).
 */
class GeneratedHistoriesTest {
    private static final CasRegisterModel REGISTER = new CasRegisterModel();

    private static List<Operation<RegisterOp, RegisterResult>> register(List<String> lines) throws HistoryParseException {
        return JepsenLogParser.parse("generated.log", lines).operations();
    }

    private static ParsedHistory<KvOp, KvResult> kv(List<String> lines) throws HistoryParseException {
        return JepsenLogParser.parseKv("generated", lines);
    }

    private static KeyValueModel modelFor(ParsedHistory<KvOp, KvResult> history) {
        return history.keyFields() ? KeyValueModel.startingWith("") : new KeyValueModel();
    }

    @Property(tries = 40)
    void registerHistoriesAreLinearizable(@ForAll long seed, @ForAll @IntRange(min = 50, max = 1500) int ops,
            @ForAll @IntRange(min = 2, max = 8) int processes, @ForAll @IntRange(min = 0, max = 20) int info)
            throws Exception {
        List<String> lines = HistoryGenerator.generate(seed, Shape.register(ops, processes).withInfo(info), Format.JEPSEN_LOG);
        assertEquals(Verdict.LINEARIZABLE, LinearizabilityChecker.check(REGISTER, register(lines)).verdict());
    }

    @Property(tries = 30)
    void keyValueHistoriesAreLinearizableInBothFormats(@ForAll long seed, @ForAll @IntRange(min = 50, max = 1500) int ops,
            @ForAll @IntRange(min = 2, max = 10) int processes, @ForAll boolean appends, @ForAll boolean edn)
            throws Exception {
        Shape shape = Shape.kv(ops, processes, 4);
        List<String> lines = HistoryGenerator.generate(seed, appends ? shape.withAppends() : shape,
                edn ? Format.EDN : Format.JEPSEN_LOG);
        ParsedHistory<KvOp, KvResult> history = kv(lines);
        Budget parallel = Budget.defaultBudget().withParallelism(2);
        assertEquals(Verdict.LINEARIZABLE, LinearizabilityChecker.check(modelFor(history), history.operations(), parallel)
                .verdict());
    }

    @Property(tries = 30)
    void aReadOfAValueNeverWrittenIsNotLinearizable(@ForAll long seed, @ForAll @IntRange(min = 20, max = 300) int ops,
            @ForAll boolean keyValue) throws Exception {
        Shape shape = keyValue ? Shape.kv(ops, 4, 3) : Shape.register(ops, 4);
        List<String> corrupted = HistoryGenerator.corrupt(seed, HistoryGenerator.generate(seed, shape, Format.JEPSEN_LOG));
        if (corrupted == null) {
            return; // no read to change
        }
        Verdict verdict = keyValue
                ? LinearizabilityChecker.check(new KeyValueModel(), kv(corrupted).operations()).verdict()
                : LinearizabilityChecker.check(REGISTER, register(corrupted)).verdict();
        assertEquals(Verdict.NOT_LINEARIZABLE, verdict);
    }

    @Property(tries = 1500)
    void smallRegisterHistoriesAgreeWithBruteForce(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int ops,
            @ForAll @IntRange(min = 1, max = 5) int processes, @ForAll @IntRange(min = 0, max = 40) int info,
            @ForAll boolean perturb) throws Exception {
        List<String> lines = HistoryGenerator.generate(seed,
                new Shape(ops, processes, 0, 3, info, 10, false), Format.JEPSEN_LOG);
        List<String> checked = perturb && HistoryGenerator.perturb(seed, lines) != null
                ? HistoryGenerator.perturb(seed, lines) : lines;
        List<Operation<RegisterOp, RegisterResult>> history = register(checked);
        Verdict expected = BruteForceChecker.isLinearizable(REGISTER, history) ? Verdict.LINEARIZABLE : Verdict.NOT_LINEARIZABLE;
        Statistics.collect(expected);
        assertEquals(expected, LinearizabilityChecker.check(REGISTER, history).verdict(), () -> String.join("\n", checked));
    }

    @Property(tries = 800)
    void smallKeyValueHistoriesAgreeWithBruteForce(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int ops,
            @ForAll @IntRange(min = 1, max = 4) int processes, @ForAll boolean appends, @ForAll boolean perturb)
            throws Exception {
        Shape shape = new Shape(ops, processes, 2, 3, 20, 10, appends);
        List<String> lines = HistoryGenerator.generate(seed, shape, Format.EDN);
        List<String> checked = perturb && HistoryGenerator.perturb(seed, lines) != null
                ? HistoryGenerator.perturb(seed, lines) : lines;
        ParsedHistory<KvOp, KvResult> history = kv(checked);
        KeyValueModel model = modelFor(history);
        Verdict expected = BruteForceChecker.isLinearizable(model, history.operations())
                ? Verdict.LINEARIZABLE : Verdict.NOT_LINEARIZABLE;
        Statistics.collect(expected);
        assertEquals(expected, LinearizabilityChecker.check(model, history.operations(), Budget.defaultBudget()
                .withParallelism(2)).verdict(), () -> String.join("\n", checked));
    }

    @Property(tries = 20)
    void inParallelTheFailingKeyIsFoundWhateverTheOtherKeys(@ForAll long seed) throws Exception {
        List<String> lines = HistoryGenerator.corrupt(seed, HistoryGenerator.generate(seed, Shape.kv(400, 6, 8), Format.JEPSEN_LOG));
        if (lines == null) {
            return;
        }
        List<Operation<KvOp, KvResult>> ops = kv(lines).operations();
        CheckResult<KvOp, KvResult> parallel = LinearizabilityChecker.check(new KeyValueModel(), ops,
                Budget.defaultBudget().withParallelism(3));
        CheckResult<KvOp, KvResult> inOrder = LinearizabilityChecker.check(new KeyValueModel(), ops);
        assertEquals(Verdict.NOT_LINEARIZABLE, parallel.verdict());
        assertEquals(inOrder.verdict(), parallel.verdict());
        assertTrue(parallel.firstFailingPartition().isPresent());
    }
}
