package distlab.protocol.quorum;

import distlab.engine.Result;
import distlab.engine.Session;
import distlab.sim.net.MessageStatus;
import distlab.sim.net.MessageTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Runs a random manual-delivery schedule on a quorum cluster: clients issue puts and gets, and
 * in-flight messages are delivered (or now and then dropped) in a random order; now and then
 * time passes (ops time out) or a replica crashes or restarts. Either each key has a single
 * writer (c1 writes x, c2 writes y), as in ABD's single-writer registers, or any client writes
 * any key; every client reads every key. The lines run are kept, so a failing schedule can be printed and replayed.
 */
final class RandomSchedule {
    private static final String[] KEYS = {"x", "y"};
    private static final int CLIENTS = 3;

    final List<String> lines = new ArrayList<>();
    final Session session = new Session(1);
    private final Random random;
    private final boolean singleWriter;
    private int nextValue = 1;

    private RandomSchedule(long seed, boolean singleWriter) {
        this.random = new Random(seed);
        this.singleWriter = singleWriter;
    }

    /** Builds and runs a schedule of {@code steps} random actions after the given setup. */
    static RandomSchedule run(long seed, int steps, boolean singleWriter, String... setup) {
        RandomSchedule s = new RandomSchedule(seed, singleWriter);
        s.exec("spawn 3 quorum");
        s.exec("net manual");
        for (String line : setup) s.exec(line);
        for (int i = 0; i < steps; i++) s.step();
        return s;
    }

    private void step() {
        List<Integer> inflight = inflight();
        int choice = random.nextInt(100);
        if (inflight.isEmpty() || choice < 25) {
            issue();
        } else if (choice < 28) {
            exec("drop m" + inflight.get(random.nextInt(inflight.size())));
        } else if (choice < 30) {
            // time passes: ops still waiting time out (a put's outcome is then unknown)
            exec("advance 1s");
        } else if (choice < 32) {
            String replica = "n" + (1 + random.nextInt(3));
            exec((session.sim().isUp(session.node(replica)) ? "crash " : "restart ") + replica);
        } else {
            exec("deliver m" + inflight.get(random.nextInt(inflight.size())));
        }
    }

    private void issue() {
        int client = 1 + random.nextInt(CLIENTS);
        String key = KEYS[random.nextInt(KEYS.length)];
        boolean writer = !singleWriter || client == 1 && key.equals("x") || client == 2 && key.equals("y");
        if (writer && random.nextBoolean()) exec("put " + key + " " + nextValue++ + " --client c" + client);
        else exec("get " + key + " --client c" + client);
    }

    /** Runs a line; any error fails loudly with the schedule so far. */
    String exec(String line) {
        lines.add(line);
        Result r = session.execute(line);
        if (r.failed()) throw new AssertionError("'" + line + "' -> " + r.problem() + "\nschedule:\n" + script());
        return r.output();
    }

    /** Delivers everything still in flight, round after round, until the network is quiet. */
    void drain() {
        for (int round = 0; round < 20 && !inflight().isEmpty(); round++) exec("deliver all");
    }

    String value(String path) {
        String out = exec("show " + path);
        return out.substring(out.indexOf(" = ") + 3).strip();
    }

    String script() {
        return String.join("\n", lines);
    }

    private List<Integer> inflight() {
        MessageTable messages = session.sim().messages();
        List<Integer> out = new ArrayList<>();
        for (int m = 1; m <= messages.count(); m++) {
            if (messages.status(m) == MessageStatus.INFLIGHT) out.add(m);
        }
        return out;
    }
}
