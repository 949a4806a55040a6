package distlab.check.linearizability;

import distlab.check.history.JepsenLogParser;
import java.nio.file.Path;

public class ExplainScratch {
    public static void main(String[] args) throws Exception {
        for (String f : args) {
            var h = JepsenLogParser.parse(Path.of(f));
            long t0 = System.nanoTime();
            var e = FailureExplanation.explain(new CasRegisterModel(), h.operations());
            long t1 = System.nanoTime();
            System.out.println("== " + f + " (" + (t1 - t0) / 1_000_000 + " ms)");
            e.ifPresent(x -> { System.out.println(x.summary()); System.out.println(x.render()); });
        }
    }
}
