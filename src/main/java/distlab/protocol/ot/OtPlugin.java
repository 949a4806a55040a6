package distlab.protocol.ot;

import distlab.protocol.ProtocolInfo;
import distlab.protocol.ProtocolModule;
import distlab.protocol.ProtocolPlugin;
import distlab.protocol.command.CommandSpec;
import distlab.protocol.text.TextCommands;
import java.util.List;

/** Operational transformation with a central server (lecture 8.1): {@code insert} and {@code delete}. */
public final class OtPlugin implements ProtocolPlugin {
    @Override public String group() { return TextCommands.GROUP; }

    @Override
    public List<ProtocolInfo> protocols() {
        return List.of(new ProtocolInfo("ot", "collaborative text by operational transformation: n1 is the server that orders and transforms edits (Jupiter)"));
    }

    @Override public ProtocolModule create(String name) { return new OtModule(); }

    @Override public List<CommandSpec> commands() { return TextCommands.ALL; }
}
