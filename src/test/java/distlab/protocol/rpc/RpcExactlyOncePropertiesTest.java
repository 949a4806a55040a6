package distlab.protocol.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import distlab.protocol.client.ClientProtocol;
import distlab.protocol.client.Op;
import distlab.engine.Result;
import distlab.engine.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Lecture 1.3: with idempotency keys a retried call takes effect exactly once. On random
 * schedules of losses, duplicates, reorderings, timeouts and service crashes, with dedup on no
 * call is ever executed twice, and every call that returned ok was executed once.
 */
class RpcExactlyOncePropertiesTest {
    @Property(tries = 150)
    void withDedupNoCallIsExecutedTwiceUnderAnyLossOrDuplicationSchedule(
            @ForAll long seed,
            @ForAll @IntRange(min = 10, max = 120) int steps,
            @ForAll @IntRange(min = 0, max = 50) int dupPercent) {
        Schedule s = new Schedule(seed, "config retry=on retries=5 dedup=on timeout=30ms", "dup " + dupPercent);
        s.play(steps);
        s.exec("net auto");
        s.exec("advance 2s");
        assertEquals("true", s.value("cluster.exactlyonce"), s::script);
        for (Op op : ((ClientProtocol) s.session.module()).history().ops()) {
            int executions = Integer.parseInt(s.value(op.name() + ".executions"));
            if (op.status() == Op.Status.OK) assertEquals(1, executions, () -> op.name() + " ok but executed " + executions + "\n" + s.script());
        }
    }

    /** The property can fail: without dedup, some schedule of the same kind charges a call twice. */
    @Example
    void withoutDedupSomeScheduleChargesACallTwice() {
        for (long seed = 1; seed <= 200; seed++) {
            Schedule s = new Schedule(seed, "config retry=on retries=5 dedup=off timeout=30ms", "dup 20");
            s.play(60);
            if (s.value("cluster.exactlyonce").equals("false")) return;
        }
        throw new AssertionError("no schedule of 200 charged a call twice without dedup");
    }

    /** A random manual-delivery schedule over two services and three clients, kept as the script that replays it. */
    static final class Schedule {
        final Session session;
        private final SplittableRandom random;
        private final List<String> lines = new ArrayList<>();

        Schedule(long seed, String... setup) {
            session = new Session(seed);
            random = new SplittableRandom(seed);
            exec("spawn 2 rpc");
            exec("net manual");
            for (String line : setup) exec(line);
        }

        void play(int steps) {
            for (int i = 0; i < steps; i++) {
                int inflight = Integer.parseInt(value("cluster.inflight"));
                int pick = random.nextInt(10);
                if (pick < 2) exec("charge " + (1 + random.nextInt(99)) + " --client c" + (1 + random.nextInt(3)) + " --to n" + (1 + random.nextInt(2)));
                else if (pick < 6 && inflight > 0) exec("deliver " + inflightMessage());
                else if (pick < 8 && inflight > 0) exec("drop " + inflightMessage());
                else if (pick == 8) exec("advance " + (1 + random.nextInt(40)) + "ms");
                else crashOrRestart();
            }
        }

        private String inflightMessage() {
            int count = Integer.parseInt(value("cluster.messages"));
            while (true) {
                String m = "m" + (1 + random.nextInt(count));
                if (value(m + ".status").equals("inflight")) return m;
            }
        }

        private void crashOrRestart() {
            String n = "n" + (1 + random.nextInt(2));
            exec(value(n + ".up").equals("true") ? "crash " + n : "restart " + n);
        }

        void exec(String line) {
            lines.add(line);
            Result r = session.execute(line);
            if (r.failed()) throw new AssertionError(line + " -> " + r.problem() + "\n" + script());
        }

        String value(String path) {
            Result r = session.execute("show " + path);
            if (r.failed()) throw new AssertionError(path + " -> " + r.problem());
            return r.output().strip().substring(path.length() + 3);
        }

        String script() {
            return String.join("\n", lines);
        }
    }
}
