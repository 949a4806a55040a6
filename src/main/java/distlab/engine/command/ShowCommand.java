package distlab.engine.command;

import distlab.engine.SessionPaths;
import distlab.sim.LabException;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", customSynopsis = "show PATH...",
        description = {"Print PATH = VALUE for each path; a bare node prints all its paths.",
                "Paths: time; NODE.lamport NODE.vc NODE.up; EVENT.lamport EVENT.vc EVENT.node EVENT.time;",
                "MSG.status MSG.from MSG.to; OP.status OP.value; cluster.inflight and the protocol's",
                "own (raft: NODE.role NODE.term NODE.log NODE.commit, cluster.leader ...). Lists have .length.",
                "Clients (quorum, raft): cluster.linearizable (SPEC §7; check linearizable explains).",
                "quorum: NODE.kv.KEY NODE.ts.KEY (timestamp, e.g. 2:c1) NODE.keys; c1.op c1.progress c1.counter;",
                "cluster.stale (reads older than a write completed before they began) cluster.converged cluster.r cluster.w."},
        footer = {"examples: show n1.vc n2.vc", "          show time m1.status", "          show n1"})
final class ShowCommand implements LabCommand {
    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<String> paths;

    @Override
    public void run(Invocation in) {
        SessionPaths resolver = in.session().paths();
        for (String path : paths) {
            Optional<NodeId> node = path.equals("leader") ? Optional.of(in.session().node("leader")) : in.sim().find(path);
            if (node.isPresent()) {
                for (String p : resolver.nodePaths(node.get())) in.println(p + " = " + resolver.resolve(p).show());
                continue;
            }
            Value v = resolver.resolve(path);
            if (v == null) {
                throw new LabException("unknown path '" + path + "' (e.g. time, n1.vc, e3.lamport, m1.status, cluster.inflight; "
                        + in.session().nodeList() + ")");
            }
            in.println(path + " = " + v.show());
        }
    }
}
