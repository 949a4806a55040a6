package distlab.protocol.twopc;

import distlab.engine.Result;
import distlab.engine.Session;
import distlab.protocol.fd.FdMessage;
import distlab.sim.net.MessageStatus;
import distlab.sim.net.MessageTable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A random schedule for two-phase commit, kept as the script that replays it: four servers (n1
 * coordinates; n2, n3, n4 take part, and n4 orders votes under ft=on), three clients, manual
 * delivery in any order, losses, timeouts, crashes and restarts of any server, and changed votes.
 */
final class CommitSchedule {
    final Session session;
    private final SplittableRandom random;
    private final List<String> lines = new ArrayList<>();
    private int lowestInflight = 1;

    CommitSchedule(long seed, String... settings) {
        session = new Session(seed);
        random = new SplittableRandom(seed);
        exec("spawn 4 twopc");
        exec("config timeout=1s");
        for (String s : settings) exec("config " + s);
        exec("net manual");
    }

    void play(int steps) {
        for (int i = 0; i < steps; i++) {
            int pick = random.nextInt(40);
            List<Integer> inflight = inflight();
            if (pick < 3) txn();
            else if (pick < 24 && !inflight.isEmpty()) exec("deliver m" + pick(inflight));
            else if (pick < 27 && !inflight.isEmpty()) exec("drop m" + pick(inflight));
            else if (pick < 33) exec("advance " + (10 + random.nextInt(300)) + "ms");
            else if (pick < 39) crashOrRestart();
            else exec("vote n" + (2 + random.nextInt(3)) + (random.nextInt(4) == 0 ? " no" : " yes"));
        }
    }

    private void txn() {
        StringBuilder line = new StringBuilder("txn");
        for (int n = 2; n <= 4; n++) {
            if (random.nextInt(2) == 0 && !(n == 4 && line.length() > 3)) continue;
            line.append(" n").append(n).append(':').append(random.nextInt(2) == 0 ? "x" : "y").append('=').append(1 + random.nextInt(9));
        }
        if (line.length() == 3) line.append(" n2:x=1");
        exec(line + " --client c" + (1 + random.nextInt(4)));
    }

    /** Mostly two-phase commit's own messages: heartbeats (ft=on) would otherwise crowd them out. */
    private int pick(List<Integer> inflight) {
        MessageTable messages = session.sim().messages();
        List<Integer> own = inflight.stream().filter(m -> !(messages.payload(m) instanceof FdMessage)).toList();
        List<Integer> from = own.isEmpty() || random.nextInt(5) == 0 ? inflight : own;
        return from.get(random.nextInt(from.size()));
    }

    private List<Integer> inflight() {
        MessageTable messages = session.sim().messages();
        while (lowestInflight <= messages.count() && messages.status(lowestInflight) != MessageStatus.INFLIGHT) lowestInflight++;
        List<Integer> out = new ArrayList<>();
        for (int m = lowestInflight; m <= messages.count(); m++) if (messages.status(m) == MessageStatus.INFLIGHT) out.add(m);
        return out;
    }

    private void crashOrRestart() {
        String n = "n" + (1 + random.nextInt(4));
        exec(value(n + ".up").equals("true") ? "crash " + n : "restart " + n);
    }

    /** The network heals and every server but those named comes back; then time passes. */
    void settle(String... leftDown) {
        exec("heal");
        exec("net auto");
        for (int n = 1; n <= 4; n++) {
            String node = "n" + n;
            boolean down = value(node + ".up").equals("false");
            if (List.of(leftDown).contains(node)) {
                if (!down) exec("crash " + node);
            } else if (down) {
                exec("restart " + node);
            }
        }
        exec("advance 20s");
    }

    void exec(String line) {
        lines.add(line);
        Result r = session.execute(line);
        if (r.failed()) throw new AssertionError(line + " -> " + r.problem() + "\n" + script());
    }

    String value(String path) {
        Result r = session.execute("show " + path);
        if (r.failed()) throw new AssertionError(path + " -> " + r.problem() + "\n" + script());
        return r.output().strip().substring(path.length() + 3);
    }

    String script() {
        return String.join("\n", lines);
    }
}
