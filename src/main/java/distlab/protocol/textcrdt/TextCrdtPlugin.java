package distlab.protocol.textcrdt;

import distlab.protocol.ProtocolInfo;
import distlab.protocol.ProtocolModule;
import distlab.protocol.ProtocolPlugin;
import distlab.protocol.command.CommandSpec;
import distlab.protocol.crdt.CrdtCommands;
import distlab.protocol.text.TextCommands;
import java.util.List;

/** Lecture 8.1's text CRDT: {@code insert} and {@code delete}, and {@code sync}/{@code gossip} to resend lost edits. */
public final class TextCrdtPlugin implements ProtocolPlugin {
    @Override public String group() { return TextCommands.GROUP; }

    @Override
    public List<ProtocolInfo> protocols() {
        return List.of(new ProtocolInfo("textcrdt",
                "collaborative text CRDT: each character has a unique position between its neighbours, edits go by causal broadcast"));
    }

    @Override public ProtocolModule create(String name) { return new TextCrdtModule(); }

    @Override
    public List<CommandSpec> commands() {
        return List.of(TextCommands.INSERT, TextCommands.DELETE, CrdtCommands.SYNC, CrdtCommands.GOSSIP);
    }

    @Override public List<String> idPrefixes() { return List.of("b"); }
}
