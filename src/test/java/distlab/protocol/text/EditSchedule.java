package distlab.protocol.text;

import distlab.engine.Result;
import distlab.engine.Session;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random schedule of concurrent edits on a text protocol (ot or textcrdt): nodes insert and
 * delete at random places of their own copies while time moves on in small random steps, over
 * a network with random delays (so messages overtake each other), optionally duplicating
 * messages, and with a partition that cuts some nodes off for a while and is healed at the end.
 * The lines run are kept, so a failing schedule can be printed and replayed.
 */
public final class EditSchedule {
    /** The faults besides delay and reordering. */
    public record Faults(boolean duplicates, boolean partition) {}

    final List<String> lines = new ArrayList<>();
    private final Session session = new Session(1);
    private final Random random;
    private int word;

    private EditSchedule(long seed) {
        this.random = new Random(seed);
    }

    /** Spawns {@code nodes} nodes of the protocol, then runs {@code edits} random edits. */
    public static EditSchedule run(String protocol, long seed, int nodes, int edits, Faults faults, String... setup) {
        EditSchedule s = new EditSchedule(seed);
        s.exec("seed " + (seed & 0xffff));
        s.exec("spawn " + nodes + " " + protocol);
        for (String line : setup) s.exec(line);
        s.exec("latency 1..40ms");
        if (faults.duplicates()) s.exec("dup 25");
        int cutAt = faults.partition() ? s.random.nextInt(edits + 1) : -1;
        int healAt = cutAt < 0 ? -1 : cutAt + s.random.nextInt(edits - cutAt + 1);
        for (int i = 0; i < edits; i++) {
            if (i == cutAt) s.exec("partition " + s.someNodes(nodes));
            if (i == healAt && i > cutAt) s.exec("heal");
            s.edit();
            if (s.random.nextInt(3) == 0) s.exec("advance " + (1 + s.random.nextInt(30)) + "ms");
        }
        if (cutAt >= 0) s.exec("heal");
        return s;
    }

    private String someNodes(int nodes) {
        List<String> cut = new ArrayList<>();
        for (int n = 1; n <= nodes; n++) if (random.nextBoolean()) cut.add("n" + n);
        return cut.isEmpty() ? "n" + (1 + random.nextInt(nodes)) : String.join(" ", cut);
    }

    private void edit() {
        List<NodeId> servers = session.sim().servers();
        String node = servers.get(random.nextInt(servers.size())).name();
        int length = value(node + ".text").codePointCount(0, value(node + ".text").length());
        if (length > 0 && random.nextInt(3) == 0) {
            int pos = random.nextInt(length);
            exec("delete " + node + " " + pos + " " + (1 + random.nextInt(Math.min(4, length - pos))));
        } else {
            exec("insert " + node + " " + random.nextInt(length + 1) + " " + nextWord());
        }
    }

    /** Short words of distinct letters, so that a misplaced character shows. */
    private String nextWord() {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) b.append((char) ('a' + (word++ % 26)));
        return b.toString();
    }

    /** Runs a line; an error, or a safety property broken on the way (UNSAFE), fails loudly with the schedule so far. */
    public String exec(String line) {
        lines.add(line);
        Result r = session.execute(line);
        if (r.failed()) throw new AssertionError("'" + line + "' -> " + r.problem() + "\nschedule:\n" + script());
        if (r.output().contains("UNSAFE")) throw new AssertionError("'" + line + "' -> " + r.output() + "\nschedule:\n" + script());
        return r.output();
    }

    public String value(String path) {
        String out = exec("show " + path);
        String v = out.substring(out.indexOf(" = ") + 3);
        return v.endsWith("\n") ? v.substring(0, v.length() - 1) : v;
    }

    public String script() {
        return String.join("\n", lines);
    }
}
