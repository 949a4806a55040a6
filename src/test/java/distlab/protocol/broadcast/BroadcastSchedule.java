package distlab.protocol.broadcast;

import distlab.engine.Result;
import distlab.engine.Session;
import distlab.sim.net.MessageStatus;
import distlab.sim.net.MessageTable;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random manual-delivery schedule on a broadcast cluster: nodes broadcast, in-flight messages
 * are delivered in a random order (delay and reordering), the network may duplicate them, and
 * with faults on, messages are lost or a node crashes half-way through its sends (some of its
 * messages still in flight are lost, then it stops). The lines run are kept, so a failing
 * schedule can be printed and replayed.
 */
final class BroadcastSchedule {
    /** What may go wrong besides delay, reordering and duplication. */
    enum Faults { NONE, LOSS, CRASHES }

    static final int NODES = 4;

    final List<String> lines = new ArrayList<>();
    final Session session = new Session(1);
    private final Random random;
    private final Faults faults;
    private int payload;

    private BroadcastSchedule(long seed, Faults faults) {
        this.random = new Random(seed);
        this.faults = faults;
    }

    /** Spawns the protocol, applies each setup line, then runs {@code steps} random actions. */
    static BroadcastSchedule run(long seed, int steps, String protocol, Faults faults, String... setup) {
        BroadcastSchedule s = new BroadcastSchedule(seed, faults);
        s.exec("spawn " + NODES + " " + protocol);
        s.exec("net manual");
        for (String line : setup) s.exec(line);
        for (int i = 0; i < steps; i++) s.step();
        return s;
    }

    private void step() {
        List<Integer> inflight = inflight();
        int choice = random.nextInt(100);
        if (inflight.isEmpty() || choice < 20) {
            List<String> up = upNodes();
            if (!up.isEmpty()) exec("broadcast " + up.get(random.nextInt(up.size())) + " add x " + ++payload);
        } else if (faults == Faults.LOSS && choice < 28) {
            exec("drop m" + inflight.get(random.nextInt(inflight.size())));
        } else if (faults == Faults.CRASHES && choice < 24 && upNodes().size() > 2) {
            crashHalfWay();
        } else {
            exec("deliver m" + inflight.get(random.nextInt(inflight.size())));
        }
    }

    /** A node crashes before it finished sending: each of its messages still in flight is lost or not. */
    private void crashHalfWay() {
        List<String> up = upNodes();
        String node = up.get(random.nextInt(up.size()));
        int index = session.node(node).index();
        MessageTable messages = session.sim().messages();
        for (int m : inflight()) if (messages.from(m) == index && random.nextBoolean()) exec("drop m" + m);
        exec("crash " + node);
    }

    /** Delivers everything in flight, round after round, until the network is quiet. */
    BroadcastSchedule drain() {
        for (int round = 0; round < 100 && !inflight().isEmpty(); round++) exec("deliver all");
        if (!inflight().isEmpty()) throw new AssertionError("the network never went quiet\nschedule:\n" + script());
        return this;
    }

    /** Runs a line; any error fails loudly with the schedule so far. */
    String exec(String line) {
        lines.add(line);
        Result r = session.execute(line);
        if (r.failed()) throw new AssertionError("'" + line + "' -> " + r.problem() + "\nschedule:\n" + script());
        return r.output();
    }

    String value(String path) {
        String out = exec("show " + path);
        return out.substring(out.indexOf(" = ") + 3).strip();
    }

    String script() {
        return String.join("\n", lines);
    }

    List<String> upNodes() {
        List<String> out = new ArrayList<>();
        for (NodeId n : session.sim().servers()) if (session.sim().isUp(n)) out.add(n.name());
        return out;
    }

    private List<Integer> inflight() {
        MessageTable messages = session.sim().messages();
        List<Integer> out = new ArrayList<>();
        for (int m = 1; m <= messages.count(); m++) if (messages.status(m) == MessageStatus.INFLIGHT) out.add(m);
        return out;
    }
}
