package distlab.protocol.raft;

import static org.junit.jupiter.api.Assertions.fail;

import distlab.engine.Result;
import distlab.engine.Session;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Raft under random fault schedules (partitions, crashes, restarts, loss, duplication,
 * latency): after every event the cluster must be safe, once the faults heal every client op
 * must complete, and the history must be linearizable. A failure prints the seed and the schedule, a replayable script.
 */
class RaftRandomFaultsTest {
    static final int CI_SEEDS = 300;
    /** Random actions per schedule: about 30 client ops and 3 to 4 simulated seconds of faults. */
    static final int STEPS = 80;

    @Test
    void hundredsOfRandomScheduleEndSafeWithEveryOpComplete() {
        for (long seed = 1; seed <= CI_SEEDS; seed++) runSeed(seed, STEPS, List.of());
    }

    @Test
    void batchingAndNoOpEntriesKeepEveryGuarantee() {
        for (long seed = 1; seed <= 100; seed++) runSeed(seed, STEPS, List.of("config batch=on"));
        for (long seed = 101; seed <= 150; seed++) runSeed(seed, STEPS, List.of("config noop=on batch=on"));
    }

    /** Runs one seed's schedule; fails with the seed and a replayable script if anything is wrong. */
    static void runSeed(long seed, int steps, List<String> setup) {
        FaultSchedule schedule = FaultSchedule.generate(seed, steps, setup);
        List<String> script = new ArrayList<>(schedule.lines());
        for (int op = 1; op <= schedule.ops(); op++) script.add("run 60s until op" + op + ".status != pending");
        for (int op = 1; op <= schedule.ops(); op++) script.add("expect op" + op + ".status != pending");
        script.add("expect cluster.safe");
        script.add("expect cluster.linearizable");
        Session session = new Session(seed);
        for (String line : script) {
            Result r = session.execute(line);
            if (r.failed()) {
                fail("seed " + seed + ": '" + line + "' -> " + r.problem() + "\n" + session.execute("nodes").output()
                        + session.execute("show cluster.violation").output() + replay(seed, script));
            }
        }
    }

    private static String replay(long seed, List<String> script) {
        return "replay: java -jar target/lab.jar --seed " + seed + " < schedule.lab, where schedule.lab is:\n"
                + String.join("\n", script) + "\n";
    }
}
