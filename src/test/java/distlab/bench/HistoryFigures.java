package distlab.bench;

import distlab.check.history.HistoryGenerator;
import distlab.check.history.HistoryGenerator.Format;
import distlab.check.history.HistoryGenerator.Shape;
import distlab.check.history.JepsenLogParser;
import distlab.check.history.ParsedHistory;
import distlab.check.linearizability.Budget;
import distlab.check.linearizability.CasRegisterModel;
import distlab.check.linearizability.CheckResult;
import distlab.check.linearizability.KeyValueModel;
import distlab.check.linearizability.KvOp;
import distlab.check.linearizability.KvResult;
import distlab.check.linearizability.LinearizabilityChecker;
import distlab.check.linearizability.Model;
import distlab.check.linearizability.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The checker's side of the comparison with Porcupine (src/test/porcupine/README.md).
 * <pre>
 * HistoryFigures generate DIR        writes the generated histories (register and kv, linearizable and perturbed)
 * HistoryFigures time MODEL FILE...  per file: median wall time of the check in this JVM, after warm-up, and the verdict
 * </pre>
 * MODEL is cas-register or kv. Times exclude reading the file, as Porcupine's do.
 */
public final class HistoryFigures {
    private HistoryFigures() {}

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("generate")) {
            generate(Path.of(args[1]));
        } else if (args.length >= 3 && args[0].equals("time")) {
            for (int i = 2; i < args.length; i++) {
                time(args[1], Path.of(args[i]));
            }
        } else {
            System.err.println("usage: HistoryFigures generate DIR | time MODEL FILE...");
            System.exit(2);
        }
    }

    private static void generate(Path dir) throws Exception {
        Files.createDirectories(dir);
        for (int ops : new int[] {3_000, 10_000, 30_000, 100_000}) {
            List<String> lines = HistoryGenerator.generate(ops, Shape.register(ops, 5), Format.JEPSEN_LOG);
            write(dir.resolve("reg-" + ops + "-ok.log"), lines);
            write(dir.resolve("reg-" + ops + "-bad.log"), HistoryGenerator.corrupt(ops, lines));
        }
        List<String> info = HistoryGenerator.generate(7, Shape.register(2_000, 10).withInfo(15), Format.JEPSEN_LOG);
        write(dir.resolve("reg-info-2000-ok.log"), info);
        List<String> kv = HistoryGenerator.generate(11, Shape.kv(100_000, 20, 10), Format.JEPSEN_LOG);
        write(dir.resolve("kv-100000-ok.log"), kv);
        write(dir.resolve("kv-100000-bad.log"), HistoryGenerator.corrupt(11, kv));
        for (int clients : new int[] {10, 50}) {
            // Porcupine's key-value test format and shape: get/put/append over 10 keys, keys start as "".
            List<String> appends = HistoryGenerator.generate(clients, Shape.kv(4_000, clients, 10).withAppends(), Format.EDN);
            write(dir.resolve("kv-c" + clients + "-ok.edn"), appends);
            write(dir.resolve("kv-c" + clients + "-bad.edn"), HistoryGenerator.corrupt(clients, appends));
        }
    }

    private static void write(Path file, List<String> lines) throws Exception {
        Files.write(file, lines);
    }

    private static void time(String model, Path file) throws Exception {
        Budget budget = Budget.defaultBudget().withParallelism(Runtime.getRuntime().availableProcessors());
        if (model.equals("kv")) {
            ParsedHistory<KvOp, KvResult> h = JepsenLogParser.parseKv(file, distlab.check.history.HistoryLimits.DEFAULT);
            report(file, h.keyFields() ? KeyValueModel.startingWith("") : new KeyValueModel(), h.operations(), budget);
        } else {
            report(file, new CasRegisterModel(), JepsenLogParser.parse(file).operations(), budget);
        }
    }

    /**
     * Warms up (30 million search steps, at least 3 runs, at most 20 s: the JIT needs that many
     * to finish compiling the search), then measures the
     * median wall time and the median CPU time of the whole process (all threads, GC and JIT
     * included) over at least 5 runs or 3 s.
     */
    private static <S, I, O> void report(Path file, Model<S, I, O> model, List<Operation<I, O>> ops, Budget budget) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long warmEnd = System.nanoTime() + 20_000_000_000L;
        long warmSteps = 0;
        for (int i = 0; i < 3 || (warmSteps < 30_000_000 && System.nanoTime() < warmEnd && i < 2_000); i++) {
            CheckResult<I, O> run = LinearizabilityChecker.check(model, ops, budget);
            warmSteps += run.totalSteps();
            if (run.verdict() == distlab.check.linearizability.Verdict.UNKNOWN) {
                break; // a run that hits the budget is figure enough
            }
        }
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        CheckResult<I, O> result = null;
        long spent = 0;
        while (wall.size() < 5 || (spent < 3_000_000_000L && wall.size() < 200)) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            result = LinearizabilityChecker.check(model, ops, budget);
            long t = System.nanoTime() - t0;
            cpu.add(os.getProcessCpuTime() - c0);
            wall.add(t);
            spent += t;
            if (t > 20_000_000_000L) {
                break; // one slow run is figure enough
            }
        }
        System.out.printf(Locale.ROOT, "%s\t%d ops\t%.3f ms\t%s\tcpu %.3f ms\t%d steps%n", file.getFileName(), ops.size(),
                median(wall) / 1e6, result.verdict(), median(cpu) / 1e6, result.totalSteps());
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** All files in DIR ending in SUFFIX, sorted. */
    static List<Path> files(Path dir, String suffix) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    static String join(long[] values) {
        return Arrays.toString(values);
    }
}
