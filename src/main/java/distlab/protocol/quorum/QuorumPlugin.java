package distlab.protocol.quorum;

import distlab.protocol.ProtocolInfo;
import distlab.protocol.ProtocolModule;
import distlab.protocol.ProtocolPlugin;
import distlab.protocol.client.KvCommands;
import distlab.protocol.command.CommandSpec;
import java.util.List;

/** Quorum replication (lectures 5.2, 7.2): clients put and get through r and w quorums. */
public final class QuorumPlugin implements ProtocolPlugin {
    @Override public String group() { return "Quorum"; }

    @Override
    public List<ProtocolInfo> protocols() {
        return List.of(new ProtocolInfo("quorum", "replicas with timestamped values; clients read r and write w of them (lecture 5.2)"));
    }

    @Override public ProtocolModule create(String name) { return new QuorumModule(); }

    @Override public List<CommandSpec> commands() { return List.of(KvCommands.PUT, KvCommands.GET); }
}
