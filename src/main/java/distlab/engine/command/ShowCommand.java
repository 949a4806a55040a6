package distlab.engine.command;

import static distlab.protocol.command.WordKind.PATH;

import distlab.engine.SessionPaths;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.Value;
import java.util.List;

/** {@code show PATH...}: {@code PATH = VALUE} per path; a bare id lists every field it has. */
final class ShowCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("show")
            .describe("Print PATH = VALUE for each path; a bare node, op, event or message prints all its fields.",
                    "Paths: time; NODE.lamport NODE.vc NODE.up; EVENT.lamport EVENT.vc EVENT.node EVENT.time;",
                    "MSG.status MSG.from MSG.to; OP.status OP.value; cluster.inflight; and the protocol's own",
                    "(help paths lists them for the session's protocol). Lists have .length.")
            .word("PATH", PATH, Arity.MANY)
            .example("show n1.vc n2.vc", "show time m1.status", "show n1", "show op1")
            .readOnly()
            .body(new ShowCommand());

    @Override
    void run(Invocation in) {
        SessionPaths resolver = in.session().paths();
        for (String path : in.words("PATH")) {
            List<String> fields = resolver.fieldsOf(path);
            if (fields != null) {
                for (String p : fields) in.println(p + " = " + resolver.resolve(p).show());
                continue;
            }
            Value v = resolver.resolve(path);
            // show names state, so an id that names nothing is an unknown id, not a symbol.
            if (v == null && path.matches("m\\d+")) in.session().message(path);
            if (v == null && path.matches("e\\d+")) in.session().eventEntry(path);
            if (v == null) {
                throw new LabException("unknown path '" + WordParser.cut(path) + "' (e.g. time, n1.vc, e3.lamport, m1.status, cluster.inflight; "
                        + in.session().nodeList() + ")");
            }
            in.println(path + " = " + v.show());
        }
    }
}
