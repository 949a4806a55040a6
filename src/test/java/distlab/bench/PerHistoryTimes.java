package distlab.bench;

import distlab.check.history.JepsenHistory;
import distlab.check.history.JepsenLogParser;
import distlab.check.linearizability.CasRegisterModel;
import distlab.check.linearizability.CheckResult;
import distlab.check.linearizability.LinearizabilityChecker;
import distlab.check.linearizability.Operation;
import distlab.check.linearizability.RegisterOp;
import distlab.check.linearizability.RegisterResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Per-history timing of the checker on the etcd histories: median over runs of each history, and
 * the slowest. Run from the test classpath: {@code java ... distlab.bench.PerHistoryTimes [runs]}.
 */
public final class PerHistoryTimes {
    private PerHistoryTimes() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        Path dir = Path.of(args.length > 1 ? args[1] : "src/test/resources/conformance/jepsen-etcd");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".log")).sorted().toList();
        }
        List<String> names = new ArrayList<>();
        List<List<Operation<RegisterOp, RegisterResult>>> histories = new ArrayList<>();
        for (Path f : files) {
            JepsenHistory h = JepsenLogParser.parse(f);
            if (!h.isEmpty()) {
                names.add(f.getFileName().toString());
                histories.add(h.operations());
            }
        }
        CasRegisterModel model = new CasRegisterModel();
        // Warm-up: at least 3 s of passes over everything, so the JIT has compiled the search.
        long warmUpEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            for (var h : histories) {
                LinearizabilityChecker.check(model, h);
            }
        }
        long[][] nanos = new long[histories.size()][runs];
        long[] steps = new long[histories.size()];
        long[] totals = new long[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < histories.size(); i++) {
                long t0 = System.nanoTime();
                CheckResult<RegisterOp, RegisterResult> result = LinearizabilityChecker.check(model, histories.get(i));
                nanos[i][r] = System.nanoTime() - t0;
                steps[i] = result.totalSteps();
            }
            totals[r] = System.nanoTime() - start;
        }
        double[] medians = new double[histories.size()];
        int slowest = 0;
        for (int i = 0; i < histories.size(); i++) {
            long[] sorted = nanos[i].clone();
            Arrays.sort(sorted);
            medians[i] = sorted[runs / 2] / 1e6;
            if (medians[i] > medians[slowest]) {
                slowest = i;
            }
        }
        double[] sortedMedians = medians.clone();
        Arrays.sort(sortedMedians);
        Arrays.sort(totals);
        System.out.printf("histories: %d, runs: %d%n", histories.size(), runs);
        System.out.printf("total for all histories (median of runs): %.2f ms%n", totals[runs / 2] / 1e6);
        System.out.printf("per-history median: median %.3f ms, p90 %.3f ms, max %.3f ms (%s, %d steps)%n",
                sortedMedians[sortedMedians.length / 2], sortedMedians[(int) (sortedMedians.length * 0.9)],
                medians[slowest], names.get(slowest), steps[slowest]);
        if (args.length > 2) {
            for (int i = 0; i < histories.size(); i++) {
                System.out.printf("%s %.3f ms %d steps%n", names.get(i), medians[i], steps[i]);
            }
        }
    }
}
