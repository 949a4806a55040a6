package distlab.engine.command;

import distlab.protocol.crdt.CrdtReplicas;
import distlab.sim.net.MessageStatus;
import distlab.sim.net.MessageTable;
import picocli.CommandLine.Command;

@Command(name = "gossip", customSynopsis = "gossip",
        description = {"CRDTs: every up replica syncs its state to every other, in node order.",
                "Each sync is a message (see sync); advance or run to let them arrive."},
        footer = {"example: gossip", "         advance 1s"})
final class GossipCommand implements LabCommand {
    @Override
    public void run(Invocation in) {
        CrdtReplicas replicas = CrdtCommands.replicas(in, "gossip", "gcounter");
        int before = in.sim().trace().size();
        int firstMessage = in.sim().messages().count() + 1;
        int sent = replicas.gossip().size();
        in.printActivitySince(before);
        MessageTable messages = in.sim().messages();
        int last = messages.count();
        if (sent == 0) {
            in.println("gossip: nothing sent (it needs two or more replicas, one of them up)");
            return;
        }
        int inflight = 0;
        for (int m = firstMessage; m <= last; m++) {
            if (messages.status(m) == MessageStatus.INFLIGHT) inflight++;
        }
        int total = last - firstMessage + 1;
        String range = total == 1 ? "m" + firstMessage : "m" + firstMessage + ".." + "m" + last;
        String copies = total > sent ? ", " + (total - sent) + " duplicates" : "";
        in.println("gossip: " + sent + " syncs" + copies + " (" + range + "): " + inflight + " in flight"
                + (total > inflight ? ", " + (total - inflight) + " dropped" : ""));
    }
}
