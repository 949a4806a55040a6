package distlab.protocol.link;

import distlab.protocol.ProtocolInfo;
import distlab.protocol.ProtocolModule;
import distlab.protocol.ProtocolPlugin;
import distlab.protocol.command.CommandSpec;
import java.util.List;

/** Reliable links from fair-loss ones (lecture 2.3): the kernel's send, through a link layer. */
public final class LinkPlugin implements ProtocolPlugin {
    @Override public String group() { return "Links"; }

    @Override
    public List<ProtocolInfo> protocols() {
        return List.of(new ProtocolInfo("link",
                "send goes through a link layer: retransmit until acknowledged, deduplicate, optionally on stable storage (lecture 2.3)"));
    }

    @Override public ProtocolModule create(String name) { return new LinkModule(); }

    @Override public List<CommandSpec> commands() { return List.of(); }
}
