package distlab.bench;

import distlab.protocol.client.ClientProcess;
import distlab.protocol.client.History;
import distlab.protocol.client.KvRequest;
import distlab.protocol.client.Op;
import distlab.protocol.raft.RaftModule;
import distlab.sim.Limits;
import distlab.sim.Simulation;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * A 5-node Raft cluster under steady client load, in simulated time: every client keeps a
 * queue of puts that it issues back to back (one outstanding at a time, like a Jepsen
 * process), topped up as they complete. The safety checker runs after every event, as in
 * the lab. Used by {@link RaftBench}; {@link #main} prints a quick figure without JMH.
 */
public final class RaftLoad {
    public static final int SERVERS = 5;
    private static final int QUEUED_PER_CLIENT = 64;

    private final Simulation sim;
    private final RaftModule module = new RaftModule();
    private final List<NodeId> clients = new ArrayList<>();
    private final int[] queued;
    private int completionsSeen;
    private long issued;

    public RaftLoad(long seed, int clientCount, boolean batch) {
        sim = new Simulation(seed, Limits.withTrace(Integer.MAX_VALUE));
        module.attach(sim);
        set("batch", batch ? "on" : "off");
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= SERVERS; i++) names.add("n" + i);
        sim.spawn(names, NodeKind.SERVER, module.servers());
        for (int c = 1; c <= clientCount; c++) clients.add(sim.spawn(List.of("c" + c), NodeKind.CLIENT, module.clients()).get(0));
        queued = new int[clientCount];
        topUp();
    }

    private void set(String key, String value) {
        module.settings().set(key, value);
    }

    /** Refills every client's queue of puts. */
    private void topUp() {
        History history = module.history();
        List<Op> done = history.completions();
        for (; completionsSeen < done.size(); completionsSeen++) queued[done.get(completionsSeen).client().index() - SERVERS]--;
        for (int c = 0; c < clients.size(); c++) {
            NodeId client = clients.get(c);
            while (queued[c] < QUEUED_PER_CLIENT) {
                Op op = history.create(client, new KvRequest.Put("k" + (issued % 16), Long.toString(issued)));
                issued++;
                sim.runAt(client, ctx -> ((ClientProcess) sim.process(client)).submit(ctx, op));
                queued[c]++;
            }
        }
    }

    /** Advances simulated time in slices, topping up the clients; returns the events processed. */
    public long advance(long micros) {
        long events = 0;
        long slice = 100_000;
        for (long done = 0; done < micros; done += slice) {
            events += sim.advance(Math.min(slice, micros - done), () -> false).events();
            topUp();
        }
        return events;
    }

    /** Entries committed cluster-wide so far (as the safety checker counts them). */
    public long committed() {
        return Long.parseLong(module.clusterValue("committed").show());
    }

    public boolean safe() {
        return module.clusterValue("safe").show().equals("true");
    }

    /** {@code RaftLoad [clients] [simulated seconds] [rounds] [batch|nobatch]}: wall and CPU figures. */
    public static void main(String[] args) {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long simSeconds = args.length > 1 ? Long.parseLong(args[1]) : 200;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        boolean batch = args.length <= 3 || args[3].equals("batch");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            RaftLoad load = new RaftLoad(1 + r, clients, batch);
            long wall0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long events = load.advance(simSeconds * 1_000_000);
            double wall = (System.nanoTime() - wall0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf("batch=%s clients=%d sim=%ds: %d committed, %d events; wall %.2fs: %.0f committed/s, %.0f events/s;"
                    + " cpu %.2fs: %.0f committed/s; safe=%s%n", batch ? "on" : "off", clients, simSeconds, load.committed(), events,
                    wall, load.committed() / wall, events / wall, cpu, load.committed() / cpu, load.safe());
        }
    }
}
