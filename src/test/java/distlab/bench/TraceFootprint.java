package distlab.bench;

import distlab.sim.Simulation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Heap bytes per recorded trace event: runs a storm, then compares the heap in use (after
 * full collections) with and without the simulation alive, beside what the trace's memory
 * budget counts for it. Run: ./bench.sh --footprint [NODES]
 */
public final class TraceFootprint {
    private TraceFootprint() {}

    public static void main(String[] args) {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int deliveries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
        long before = usedAfterGc();
        Simulation sim = Storm.start(nodes, 20, 4 * deliveries);
        sim.step(deliveries);
        long after = usedAfterGc();
        int entries = sim.trace().size();
        System.out.printf(Locale.ROOT, "%d nodes: %d trace entries (%d messages) in %.1f MB: %.1f bytes per trace event"
                + " (the trace budget counts %.1f)%n", nodes, entries, sim.messages().count(), (after - before) / 1e6,
                (after - before) / (double) entries, sim.traceBytes() / (double) entries);
        if (sim.now() < 0) System.out.println("unreachable: keeps the simulation alive until here");
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
