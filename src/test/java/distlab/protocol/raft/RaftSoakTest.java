package distlab.protocol.raft;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The long run of {@link RaftRandomFaultsTest}: skipped unless {@code -Dsoak.seeds=N} is set.
 * <pre>mvn -q -B test -Dtest=RaftSoakTest -Dsoak.seeds=10000 [-Dsoak.from=1] [-Dsoak.steps=80] [-Dsoak.config="batch=on"]</pre>
 * A failure names its seed and prints the schedule as a replayable script.
 */
class RaftSoakTest {
    @Test
    void soak() {
        long seeds = Long.getLong("soak.seeds", 0);
        Assumptions.assumeTrue(seeds > 0, "set -Dsoak.seeds=N to run the soak");
        long from = Long.getLong("soak.from", 1);
        int steps = Integer.getInteger("soak.steps", RaftRandomFaultsTest.STEPS);
        List<String> setup = System.getProperty("soak.config", "").isBlank() ? List.of() : List.of("config " + System.getProperty("soak.config"));
        for (long seed = from; seed < from + seeds; seed++) RaftRandomFaultsTest.runSeed(seed, steps, setup);
    }
}
