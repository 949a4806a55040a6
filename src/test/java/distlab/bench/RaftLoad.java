package distlab.bench;

import distlab.protocol.client.ClientProcess;
import distlab.protocol.client.History;
import distlab.protocol.client.Op;
import distlab.protocol.raft.RaftModule;
import distlab.sim.Limits;
import distlab.sim.Simulation;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A 5-node Raft cluster under steady client load, in simulated time: each client has a queue
 * of puts that it issues back to back (one outstanding at a time, like a Jepsen process).
 * Used by {@link RaftBench} and runnable on its own for a quick figure or a profile.
 */
public final class RaftLoad {
    public static final int SERVERS = 5;

    private final Simulation sim;
    private final RaftModule module = new RaftModule();
    private final List<NodeId> servers;

    public RaftLoad(long seed, int clients, int opsPerClient, boolean batch) {
        sim = new Simulation(seed, Limits.withTrace(Integer.MAX_VALUE));
        module.attach(sim);
        module.params().stream().filter(p -> p.key().equals("batch")).findFirst().orElseThrow().setter().accept(batch ? "on" : "off");
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= SERVERS; i++) names.add("n" + i);
        servers = sim.spawn(names, NodeKind.SERVER, module.servers());
        History history = module.history();
        for (int c = 1; c <= clients; c++) {
            NodeId client = sim.spawn(List.of("c" + c), NodeKind.CLIENT, module.clients()).get(0);
            for (int i = 0; i < opsPerClient; i++) {
                Op op = history.create(client, "put", "k" + (i % 16), List.of(Integer.toString(i)));
                sim.runAt(client, ctx -> ((ClientProcess) sim.process(client)).submit(ctx, op));
            }
        }
    }

    public Simulation sim() { return sim; }

    /** Advances simulated time; returns the number of events processed. */
    public long advance(long micros) {
        return sim.advance(micros, () -> false).events();
    }

    /** Entries committed cluster-wide so far (as the safety checker counts them). */
    public long committed() {
        return Long.parseLong(module.clusterValue("committed").show());
    }

    public boolean safe() {
        return module.clusterValue("safe").show().equals("true");
    }

    public static void main(String[] args) {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long simSeconds = args.length > 1 ? Long.parseLong(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            RaftLoad load = new RaftLoad(1 + r, clients, 1_000_000 / clients, args.length > 3 && args[3].equals("batch"));
            long start = System.nanoTime();
            long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            System.out.printf("setup %.2fs%n", (start - t0) / 1e9);
            long events = load.advance(simSeconds * 1_000_000);
            double secs = (System.nanoTime() - start) / 1e9;
            double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf("cpu %.2fs: %.0f committed/cpu-s, %.0f events/cpu-s%n", cpu, load.committed() / cpu, events / cpu);
            System.out.printf((args.length > 3 ? args[3] + " " : "") + "clients=%d sim=%ds: %d committed, %d events, %.2fs wall: %.0f committed/s, %.0f events/s, safe=%s%n",
                    clients, simSeconds, load.committed(), events, secs, load.committed() / secs, events / secs, load.safe());
        }
    }
}
