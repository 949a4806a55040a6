package distlab.protocol.fd;

import distlab.protocol.ProtocolInfo;
import distlab.protocol.ProtocolModule;
import distlab.protocol.ProtocolPlugin;
import distlab.protocol.command.CommandSpec;
import java.util.List;

/** Failure detectors (lecture 2.4): heartbeats and timeouts, fixed or adaptive. */
public final class FdPlugin implements ProtocolPlugin {
    @Override public String group() { return "Failure detectors"; }

    @Override
    public List<ProtocolInfo> protocols() {
        return List.of(new ProtocolInfo("fd",
                "heartbeat failure detectors: suspect a node silent for a timeout; adaptive=on is eventually perfect (lecture 2.4)"));
    }

    @Override public ProtocolModule create(String name) { return new FdModule(); }

    @Override public List<CommandSpec> commands() { return List.of(); }
}
