package distlab.protocol.plain;

import distlab.protocol.ProtocolInfo;
import distlab.protocol.ProtocolModule;
import distlab.protocol.ProtocolPlugin;
import distlab.protocol.command.CommandSpec;
import java.util.List;

/** Plain nodes: the kernel's own commands (send, local, deliver) are all they need. */
public final class PlainPlugin implements ProtocolPlugin {
    @Override public String group() { return "Plain nodes"; }

    @Override
    public List<ProtocolInfo> protocols() {
        return List.of(new ProtocolInfo("plain", "nodes that send, receive and do local events; the lab keeps their clocks"));
    }

    @Override public ProtocolModule create(String name) { return new PlainModule(); }

    @Override public List<CommandSpec> commands() { return List.of(); }
}
