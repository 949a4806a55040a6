package distlab.engine.command;

import distlab.protocol.crdt.CrdtReplicas;
import distlab.sim.node.NodeId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "sync", customSynopsis = "sync FROM TO",
        description = {"CRDTs: FROM sends its whole state to TO as a message; TO merges it on receipt.",
                "The network applies: latency, loss, duplicates, partitions. A state survives crashes (it is on disk)."},
        footer = {"examples: sync n1 n2", "          sync n2 n1"})
final class SyncCommand implements LabCommand {
    @Parameters(index = "0", paramLabel = "FROM")
    String from;
    @Parameters(index = "1", paramLabel = "TO")
    String to;

    @Override
    public void run(Invocation in) {
        CrdtReplicas replicas = CrdtCommands.replicas(in, "sync", "gcounter");
        NodeId sender = in.session().node(from);
        NodeId receiver = in.session().node(to);
        int before = in.sim().trace().size();
        int m = replicas.sync(sender, receiver);
        in.printEntriesSince(before);
        CrdtCommands.printFlight(in, m);
    }
}
