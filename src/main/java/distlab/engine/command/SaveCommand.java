package distlab.engine.command;

import static distlab.protocol.command.WordKind.FILE;

import distlab.engine.Result;
import distlab.engine.Session;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.node.NodeId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code save FILE [--expect] [--force]}: the session so far as a script that replays it exactly:
 * the seed, then the commands as typed on the path that survived rewinds (docs/formats.md).
 * With --expect, expect lines pin the final state, one per path the protocol's catalog gives
 * each node and the cluster, each checked true before it is written.
 */
final class SaveCommand extends KernelCommand {
    /** Paths not pinned: a whole history check, costly on long histories and pinned by the ops' own paths. */
    private static final List<String> NOT_PINNED = List.of("cluster.linearizable");

    static final CommandSpec SPEC = CommandSpec.named("save")
            .describe("Write the session so far as a .lab script that replays it exactly: the seed, then the commands",
                    "as typed (after rewinds, only the surviving path). --expect adds expect lines pinning the final state.")
            .word("FILE", FILE)
            .flag("--expect", "append expect lines for every node's and the cluster's paths")
            .flag("--force", "replace FILE if it exists")
            .example("save crash.lab", "save crash.lab --expect --force")
            .readOnly()
            .body(new SaveCommand());

    @Override
    void run(Invocation in) {
        Session session = in.session();
        Path file = FileOutput.path(in.word("FILE"));
        if (!session.timeline().complete()) {
            throw new LabException("this session's history started again after its first 200000 commands, so no script replays it"
                    + " (save sooner, or reset and start a shorter session)");
        }
        List<String> lines = session.timeline().lines();
        StringBuilder text = new StringBuilder();
        text.append("# A distlab session saved by save: it replays exactly (java -jar lab.jar ").append(file.getFileName()).append(").\n");
        text.append("seed ").append(session.timeline().startSeed()).append('\n');
        for (String line : lines) text.append(line).append('\n');
        int pinned = 0;
        if (in.flag("--expect")) {
            List<String> expects = expects(session);
            text.append("# The final state, pinned.\n");
            for (String e : expects) text.append(e).append('\n');
            pinned = expects.size();
        }
        long bytes = FileOutput.write(file, text.toString(), in.flag("--force"));
        in.println("saved " + file + ": " + lines.size() + (lines.size() == 1 ? " command" : " commands")
                + (in.flag("--expect") ? ", " + pinned + " expect lines" : "") + " (" + bytes + " bytes)");
    }

    /** {@code expect PATH == VALUE} for every path of every node and the cluster that reads back true now. */
    private static List<String> expects(Session session) {
        List<String> paths = new ArrayList<>();
        for (NodeId node : session.sim().nodes()) paths.addAll(session.paths().nodePaths(node));
        for (String f : session.paths().clusterFields()) paths.add("cluster." + f);
        List<String> out = new ArrayList<>();
        for (String path : paths) {
            if (NOT_PINNED.contains(path)) continue;
            String value;
            try {
                value = session.paths().resolve(path).show();
            } catch (LabException e) {
                continue;
            }
            String line = "expect " + path + " == " + literal(value);
            // Checked through the registry, so the check itself is not recorded in the history.
            Result check = session.commands().execute(line);
            if (!check.failed()) out.add(line);
        }
        return out;
    }

    /** A value as expect reads it back: bare when it is one word, quoted otherwise. */
    private static String literal(String value) {
        return value.matches("[^\\s\"#$]+") ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
