package distlab.protocol.raft;

import static org.junit.jupiter.api.Assertions.fail;

import distlab.engine.Result;
import distlab.check.linearizability.Verdict;
import distlab.engine.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Raft under random fault schedules (partitions, crashes, restarts, loss, duplication,
 * latency): after every event the cluster must be safe, once the faults heal every client op
 * must complete, and the history must be linearizable. A failure prints the seed and the schedule, a replayable script.
 */
class RaftRandomFaultsTest {
    static final int CI_SEEDS = 300;

    @Test
    void hundredsOfRandomScheduleEndSafeWithEveryOpComplete() {
        for (long seed = 1; seed <= CI_SEEDS; seed++) runSeed(seed, 40, List.of());
    }

    @Test
    void batchingAndNoOpEntriesKeepEveryGuarantee() {
        for (long seed = 1; seed <= 100; seed++) runSeed(seed, 40, List.of("config batch=on"));
        for (long seed = 101; seed <= 150; seed++) runSeed(seed, 40, List.of("config noop=on batch=on"));
    }

    /** Runs one seed's schedule; fails with the seed and the script if anything is wrong. */
    static void runSeed(long seed, int steps, List<String> setup) {
        FaultSchedule schedule = FaultSchedule.generate(seed, steps, setup);
        Session session = new Session(seed);
        StringBuilder transcript = new StringBuilder();
        for (String line : schedule.lines()) run(session, line, seed, schedule, transcript);
        for (int op = 1; op <= schedule.ops(); op++) {
            run(session, "run 60s until op" + op + ".status != pending", seed, schedule, transcript);
        }
        for (int op = 1; op <= schedule.ops(); op++) {
            run(session, "expect op" + op + ".status != pending", seed, schedule, transcript);
        }
        run(session, "expect cluster.safe", seed, schedule, transcript);
        Verdict verdict = HistoryCheck.verdict(((RaftModule) session.module()).history());
        if (verdict != Verdict.LINEARIZABLE) {
            fail("seed " + seed + ": history " + verdict + "\n" + transcript + "\nschedule:\n" + schedule.script());
        }
    }

    private static void run(Session session, String line, long seed, FaultSchedule schedule, StringBuilder transcript) {
        Result r = session.execute(line);
        transcript.append("> ").append(line).append('\n').append(r.output());
        if (r.failed()) {
            String cluster = session.execute("nodes").output() + session.execute("show cluster.violation").output();
            fail("seed " + seed + ": '" + line + "' -> " + r.problem() + "\n" + cluster
                    + "replay: java -jar target/lab.jar --seed " + seed + " < schedule.lab, where schedule.lab is:\n" + schedule.script());
        }
    }
}
