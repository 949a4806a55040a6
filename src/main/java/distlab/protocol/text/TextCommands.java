package distlab.protocol.text;

import static distlab.protocol.command.WordKind.NODE;
import static distlab.protocol.command.WordKind.NUMBER;
import static distlab.protocol.command.WordKind.TEXT;

import distlab.protocol.command.Arity;
import distlab.protocol.command.Call;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.node.NodeId;
import java.util.List;

/**
 * {@code insert} and {@code delete}, shared by the text protocols (ot and textcrdt): the same
 * spec objects in both plug-ins' lists, as {@code put} and {@code get} are shared by quorum and
 * raft (docs/architecture.md).
 */
public final class TextCommands {
    public static final String GROUP = "Collaborative text (ot, textcrdt)";

    public static final CommandSpec INSERT = CommandSpec.named("insert").group(GROUP)
            .describe("NODE inserts TEXT into its copy of the text, starting at index POS (counting from 0).",
                    "A local edit: NODE applies it at once and sends it on (ot: to the server; textcrdt: by causal broadcast).",
                    "Words are joined by single spaces; quote TEXT to keep spaces (\" \").")
            .word("NODE", NODE).word("POS", NUMBER).word("TEXT", TEXT, Arity.MANY)
            .example("spawn 3 ot", "insert n1 0 pan", "insert n2 1 l")
            .body(TextCommands::insert);

    public static final CommandSpec DELETE = CommandSpec.named("delete").group(GROUP)
            .describe("NODE deletes LENGTH characters (default 1) of its copy of the text, from index POS.",
                    "A local edit, sent on like insert.")
            .word("NODE", NODE).word("POS", NUMBER).word("LENGTH", NUMBER, Arity.OPTIONAL)
            .example("spawn 3 textcrdt", "insert n1 0 plant", "delete n2 4")
            .body(TextCommands::delete);

    public static final List<CommandSpec> ALL = List.of(INSERT, DELETE);

    private TextCommands() {}

    private static void insert(Call call) {
        TextReplicas replicas = call.module(TextReplicas.class);
        NodeId node = call.node(call.word("NODE"));
        int pos = number(call.word("POS"), "POS");
        String text = String.join(" ", call.words("TEXT"));
        edit(call, node, () -> replicas.insert(node, pos, text));
    }

    private static void delete(Call call) {
        TextReplicas replicas = call.module(TextReplicas.class);
        NodeId node = call.node(call.word("NODE"));
        int pos = number(call.word("POS"), "POS");
        int length = call.word("LENGTH") == null ? 1 : number(call.word("LENGTH"), "LENGTH");
        edit(call, node, () -> replicas.delete(node, pos, length));
    }

    private static void edit(Call call, NodeId node, Runnable change) {
        int before = call.sim().trace().size();
        int firstMessage = call.sim().messages().count() + 1;
        change.run();
        call.printEntriesSince(before);
        for (int m = firstMessage; m <= call.sim().messages().count(); m++) call.printFlight(m);
        call.println(node + ".text = " + call.path(node + ".text").show());
    }

    /** A whole number from 0 to 1,000,000,000. */
    static int number(String word, String label) {
        if (!word.matches("\\d{1,10}") || Long.parseLong(word) > 1_000_000_000L) {
            throw new LabException(label + " must be a whole number from 0, not '" + (word.length() > 24 ? word.substring(0, 20) + "..." : word) + "'");
        }
        return Integer.parseInt(word);
    }
}
