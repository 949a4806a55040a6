package distlab.engine.command;

import distlab.protocol.raft.RaftModule;
import distlab.sim.LabException;

/** What the Raft-only commands share: the session's Raft module, or a clear error. */
final class RaftCommands {
    private RaftCommands() {}

    static RaftModule module(Invocation in, String command) {
        if (in.session().module() instanceof RaftModule raft) return raft;
        throw new LabException(command + " needs a Raft cluster; this session runs " + in.session().protocolName()
                + (in.session().module() == null ? " (e.g. spawn 3 raft)" : " (reset, then e.g. spawn 3 raft)"));
    }
}
