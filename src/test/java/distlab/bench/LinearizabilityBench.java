package distlab.bench;

import distlab.check.history.HistoryGenerator;
import distlab.check.history.JepsenHistory;
import distlab.check.history.JepsenLogParser;
import distlab.check.linearizability.Budget;
import distlab.check.linearizability.CasRegisterModel;
import distlab.check.linearizability.KeyValueModel;
import distlab.check.linearizability.KvHistoryGenerator;
import distlab.check.linearizability.KvOp;
import distlab.check.linearizability.KvResult;
import distlab.check.linearizability.LinearizabilityChecker;
import distlab.check.linearizability.Operation;
import distlab.check.linearizability.RegisterOp;
import distlab.check.linearizability.RegisterResult;
import distlab.check.linearizability.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Checker throughput: the etcd conformance histories (all in one invocation, and etcd_002, the
 * one Porcupine finds hardest), generated key-value histories of 1,000 and 10,000 operations
 * (8 clients, 5 keys, up to 8 overlapping operations, a few timeouts and crashes), generated
 * register histories of 3,000 to 100,000 operations (5 processes, 1% crashed, 1% failed), and a
 * 100,000-operation key-value history (20 processes, 10 keys, searched on every core).
 * Run with {@code ./bench.sh LinearizabilityBench}; src/test/porcupine compares with Porcupine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LinearizabilityBench {
    private static final Path ETCD = Path.of("src/test/resources/conformance/jepsen-etcd");

    private final CasRegisterModel register = new CasRegisterModel();
    private final KeyValueModel kv = new KeyValueModel();
    private List<List<Operation<RegisterOp, RegisterResult>>> etcd;
    private List<Operation<RegisterOp, RegisterResult>> etcd002;
    private List<Operation<KvOp, KvResult>> kv1k;
    private List<Operation<KvOp, KvResult>> kv10k;
    private List<Operation<KvOp, KvResult>> kv100k;

    /** A generated register history of {@code ops} operations (5 processes, 1% crashed, 1% failed). */
    @State(Scope.Benchmark)
    public static class RegisterHistory {
        @Param({"3000", "10000", "30000", "100000"})
        public int ops;
        List<Operation<RegisterOp, RegisterResult>> history;

        @Setup
        public void generate() throws Exception {
            history = JepsenLogParser.parse("generated", HistoryGenerator.generate(ops,
                    HistoryGenerator.Shape.register(ops, 5), HistoryGenerator.Format.JEPSEN_LOG)).operations();
        }
    }

    @Setup
    public void load() throws Exception {
        etcd = new ArrayList<>();
        try (Stream<Path> files = Files.list(ETCD)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                JepsenHistory history = JepsenLogParser.parse(file);
                if (!history.isEmpty()) {
                    etcd.add(history.operations());
                }
            }
        }
        etcd002 = JepsenLogParser.parse(ETCD.resolve("etcd_002.log")).operations();
        kv1k = KvHistoryGenerator.generate(1, 1_000, 8, 5);
        kv10k = KvHistoryGenerator.generate(2, 10_000, 8, 5);
        kv100k = JepsenLogParser.parseKv("generated", HistoryGenerator.generate(11,
                HistoryGenerator.Shape.kv(100_000, 20, 10), HistoryGenerator.Format.JEPSEN_LOG)).operations();
        requireLinearizable(LinearizabilityChecker.check(kv, kv1k).verdict());
        requireLinearizable(LinearizabilityChecker.check(kv, kv10k).verdict());
    }

    private static void requireLinearizable(Verdict verdict) {
        if (verdict != Verdict.LINEARIZABLE) {
            throw new IllegalStateException("generated history should be linearizable, got " + verdict);
        }
    }

    @Benchmark
    public void etcdAll102(Blackhole bh) {
        for (List<Operation<RegisterOp, RegisterResult>> history : etcd) {
            bh.consume(LinearizabilityChecker.check(register, history).verdict());
        }
    }

    @Benchmark
    public Verdict etcd002() {
        return LinearizabilityChecker.check(register, etcd002).verdict();
    }

    @Benchmark
    public Verdict kv1kOps() {
        return LinearizabilityChecker.check(kv, kv1k).verdict();
    }

    @Benchmark
    public Verdict kv10kOps() {
        return LinearizabilityChecker.check(kv, kv10k).verdict();
    }

    /** Same histories as src/test/porcupine's reg-N-ok.log. */
    @Benchmark
    public Verdict generatedRegister(RegisterHistory generated) {
        return LinearizabilityChecker.check(register, generated.history).verdict();
    }

    @Benchmark
    public Verdict kv100kOpsOnEveryCore() {
        return LinearizabilityChecker.check(kv, kv100k, Budget.defaultBudget()
                .withParallelism(Runtime.getRuntime().availableProcessors())).verdict();
    }
}
