package distlab.protocol.spanner;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Lecture 8.2: with commit wait, Spanner's timestamps respect real-time order whatever the
 * clocks do within ε. Random schedules set every clock anywhere within ±ε (and step them again
 * mid-run), vary latency, issue transactions and snapshot reads at random nodes from several
 * clients, and crash and restart nodes; every pair of ops where one completed before the other
 * began, in true time, is ordered by timestamp.
 */
class ExternalConsistencyPropertiesTest {
    @Property(tries = 150)
    void withCommitWaitTimestampsRespectRealTimeOrderUnderAnyOffsetsWithinEpsilon(
            @ForAll long seed, @ForAll @IntRange(min = 10, max = 100) int steps) {
        Schedule s = new Schedule(seed, "on");
        s.play(steps);
        s.exec("run 2s");
        assertEquals("true", s.value("cluster.externallyconsistent"), s::script);
        assertEquals("true", s.value("cluster.truetime"), s::script);
    }

    /** The property can fail: without commit wait, some schedule of the same kind orders two ops backwards. */
    @Example
    void withoutCommitWaitSomeScheduleContradictsRealTimeOrder() {
        for (long seed = 1; seed <= 200; seed++) {
            Schedule s = new Schedule(seed, "off");
            s.play(60);
            s.exec("run 2s");
            if (s.value("cluster.externallyconsistent").equals("false")) return;
        }
        throw new AssertionError("no schedule of 200 broke external consistency without commit wait");
    }

    static final class Schedule {
        final Session session;
        private final SplittableRandom random;
        private final List<String> lines = new ArrayList<>();
        private final long epsilonMicros;

        Schedule(long seed, String commitWait) {
            session = new Session(seed);
            random = new SplittableRandom(seed);
            epsilonMicros = 1_000 * (1 + random.nextInt(10));
            exec("spawn 3 spanner");
            exec("config epsilon=" + epsilonMicros + "us commitwait=" + commitWait);
            int low = 1 + random.nextInt(3);
            exec("latency " + low + ".." + (low + random.nextInt(20)) + "ms");
            for (int n = 1; n <= 3; n++) stepClock(n);
        }

        void play(int steps) {
            for (int i = 0; i < steps; i++) {
                int pick = random.nextInt(20);
                String client = " --client c" + (1 + random.nextInt(4)) + " --at n" + (1 + random.nextInt(3));
                if (pick < 7) exec("txn " + key() + "=" + (1 + random.nextInt(9)) + client);
                else if (pick < 12) exec("read " + key() + client);
                else if (pick < 17) exec("advance " + random.nextInt(30) + "ms");
                else if (pick < 19) stepClock(1 + random.nextInt(3));
                else crashOrRestart();
            }
        }

        private String key() {
            return random.nextInt(2) == 0 ? "x" : "y";
        }

        /** A clock set anywhere within ±ε, as TrueTime assumes. */
        private void stepClock(int node) {
            exec("clock n" + node + " offset=" + (random.nextLong(2 * epsilonMicros + 1) - epsilonMicros) + "us");
        }

        private void crashOrRestart() {
            String n = "n" + (1 + random.nextInt(3));
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
