package distlab.bench;

import distlab.protocol.broadcast.BroadcastLayer;
import distlab.protocol.broadcast.BroadcastLog;
import distlab.protocol.broadcast.BroadcastMessage;
import distlab.protocol.broadcast.BroadcastOptions;
import distlab.protocol.broadcast.CausalBroadcast;
import distlab.protocol.broadcast.Dissemination;
import distlab.protocol.broadcast.FifoBroadcast;
import distlab.protocol.broadcast.TotalOrderBroadcast;
import distlab.sim.Limits;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.sim.node.Process;
import distlab.sim.node.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Broadcast layers embedded in a bare simulation, as another protocol would embed them
 * (docs/adding-a-protocol.md, reusing broadcast): {@code nodes} nodes take turns to broadcast,
 * one broadcast per virtual millisecond with 5..15ms latency, 1,000 broadcasts in all, then
 * the network drains. Each invocation makes 1,000 x nodes deliveries (every node delivers
 * every broadcast), so deliveries/s = invocations/s x 1,000 x nodes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BroadcastBench {
    static final int BROADCASTS = 1_000;

    @Param({"fifo", "causal", "sequencer", "lamport", "causal-eager"})
    String algorithm;

    @Param({"5"})
    int nodes;

    @Benchmark
    public int thousandBroadcasts() {
        Simulation sim = new Simulation(1, Limits.withTrace(50_000_000));
        BroadcastLog log = new BroadcastLog();
        BroadcastOptions options = new BroadcastOptions().dissemination(algorithm.endsWith("-eager") ? Dissemination.EAGER : Dissemination.DIRECT);
        Protocol<BroadcastLayer> protocol = new Protocol<>() {
            @Override public String name() { return algorithm; }
            @Override public BroadcastLayer newStorage(NodeId node) { return layer(node, log, options); }
            @Override public Process newProcess(NodeId node, BroadcastLayer layer) {
                return (ctx, from, message) -> layer.onMessage(ctx, from, (BroadcastMessage) message);
            }
        };
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= nodes; i++) names.add("n" + i);
        List<NodeId> ids = sim.spawn(names, NodeKind.SERVER, protocol);
        for (int b = 0; b < BROADCASTS; b++) {
            NodeId sender = ids.get(b % nodes);
            BroadcastLayer layer = sim.storage(sender, protocol);
            sim.runAt(sender, ctx -> layer.broadcast(ctx, "x"));
            sim.advance(SimTime.MICROS_PER_MS, () -> false);
        }
        sim.advance(SimTime.MICROS_PER_SECOND, () -> false);
        int delivered = 0;
        for (NodeId id : ids) delivered += log.delivered(id).size();
        if (delivered != BROADCASTS * nodes) throw new IllegalStateException(algorithm + " delivered " + delivered);
        return delivered;
    }

    private BroadcastLayer layer(NodeId node, BroadcastLog log, BroadcastOptions options) {
        return switch (algorithm) {
            case "fifo" -> new FifoBroadcast(node, log, options);
            case "causal", "causal-eager" -> new CausalBroadcast(node, log, options);
            case "sequencer" -> TotalOrderBroadcast.sequencer(node, log, options);
            case "lamport" -> TotalOrderBroadcast.lamport(node, log, options);
            default -> throw new IllegalArgumentException(algorithm);
        };
    }
}
