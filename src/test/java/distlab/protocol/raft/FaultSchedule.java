package distlab.protocol.raft;

import distlab.sim.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A random fault schedule for a Raft cluster, as lab commands: client ops interleaved with
 * partitions, crashes, restarts, loss, duplication and latency changes, then a heal phase
 * in which every fault is undone. The lines form a script, so a failing seed can be
 * replayed with {@code java -jar lab.jar --seed SEED < schedule.lab}.
 */
final class FaultSchedule {
    private static final String[] KEYS = {"x", "y"};

    private final Rng rng;
    private final int servers;
    private final List<String> lines = new ArrayList<>();
    private final TreeSet<Integer> down = new TreeSet<>();
    private final TreeSet<Integer> clients = new TreeSet<>();
    private int ops;

    private FaultSchedule(long seed, int steps, List<String> setup) {
        this.rng = new Rng(seed * 0x9E3779B97F4A7C15L + 17);
        this.servers = rng.chance(50) ? 3 : 5;
        lines.add("spawn " + servers + " raft");
        lines.addAll(setup);
        for (int i = 0; i < steps; i++) step();
        heal();
    }

    /** The script of one seed: {@code steps} random actions, then the heal phase. */
    static FaultSchedule generate(long seed, int steps) {
        return new FaultSchedule(seed, steps, List.of());
    }

    /** The same, with set-up lines (e.g. {@code config bug=nologcheck}) right after the spawn. */
    static FaultSchedule generate(long seed, int steps, List<String> setup) {
        return new FaultSchedule(seed, steps, setup);
    }

    List<String> lines() { return lines; }

    /** Number of client ops issued (op1..opN). */
    int ops() { return ops; }

    String script() { return String.join("\n", lines) + "\n"; }

    private void step() {
        int pick = rng.nextInt(100);
        if (pick < 35) clientOp();
        else if (pick < 55) lines.add("advance " + rng.between(5, 400) + "ms");
        else if (pick < 63) partition();
        else if (pick < 68) lines.add("heal");
        else if (pick < 76) crash();
        else if (pick < 84) restart();
        else if (pick < 89) lines.add("loss " + rng.between(0, 30));
        else if (pick < 93) lines.add("dup " + rng.between(0, 30));
        else if (pick < 97) lines.add("latency " + rng.between(1, 10) + ".." + rng.between(10, 60) + "ms");
        else lines.add("latency " + rng.between(100, 200) + ".." + rng.between(200, 400) + "ms");
    }

    private void clientOp() {
        int c = 1 + rng.nextInt(3);
        clients.add(c);
        String client = "c" + c;
        String key = KEYS[rng.nextInt(KEYS.length)];
        int kind = rng.nextInt(3);
        ops++;
        if (kind == 0) lines.add("put " + key + " " + rng.nextInt(3) + " --client " + client);
        else if (kind == 1) lines.add("get " + key + " --client " + client);
        else lines.add("cas " + key + " " + rng.nextInt(3) + " " + rng.nextInt(3) + " --client " + client);
    }

    /**
     * Servers split in two groups (or one isolated); each client seen so far joins one side,
     * or neither (then it is cut off from every server, with the unnamed rest).
     */
    private void partition() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int n = 1; n <= servers; n++) (rng.chance(50) ? a : b).add("n" + n);
        if (a.isEmpty() || b.isEmpty()) {
            a.clear();
            b.clear();
            int alone = 1 + rng.nextInt(servers);
            a.add("n" + alone);
            for (int n = 1; n <= servers; n++) if (n != alone) b.add("n" + n);
        }
        for (int c : clients) {
            int side = rng.nextInt(10);
            if (side < 5) a.add("c" + c);
            else if (side < 9) b.add("c" + c);
        }
        lines.add("partition " + String.join(" ", a) + " | " + String.join(" ", b));
    }

    private void crash() {
        int n = 1 + rng.nextInt(servers);
        if (down.add(n)) lines.add("crash n" + n);
    }

    private void restart() {
        if (down.isEmpty()) return;
        int n = down.first() + rng.nextInt(servers);
        Integer pick = down.ceiling(n);
        if (pick == null) pick = down.first();
        down.remove(pick);
        lines.add("restart n" + pick);
    }

    private void heal() {
        lines.add("heal");
        lines.add("loss 0");
        lines.add("dup 0");
        lines.add("latency 5..15ms");
        if (!down.isEmpty()) lines.add("restart all");
        down.clear();
    }
}
