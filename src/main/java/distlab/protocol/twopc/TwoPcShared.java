package distlab.protocol.twopc;

import distlab.protocol.broadcast.BroadcastLog;
import distlab.protocol.broadcast.BroadcastOptions;
import distlab.sim.LabException;
import distlab.sim.node.NodeId;
import distlab.sim.snapshot.NotState;
import java.util.List;

/**
 * What every twopc node of a session refers to and the lab keeps outside the nodes: the
 * settings, the atomicity ledger, and the total order broadcast's log and options (ft=on). The
 * sequencer is pinned when the first vote is cast, so a later spawn cannot move it.
 */
final class TwoPcShared {
    /** Settings never change during a search, so explore's fingerprint leaves them out. */
    @NotState final TwoPcSettings settings = new TwoPcSettings();
    final AtomicityLedger ledger = new AtomicityLedger();
    final BroadcastLog broadcasts = new BroadcastLog();
    @NotState final BroadcastOptions options = new BroadcastOptions();
    private String pinnedSequencer;

    /** n1, the first server, coordinates every transaction (docs/commands.md, protocol "twopc"). */
    static NodeId coordinator(List<NodeId> servers) {
        return servers.get(0);
    }

    /** The node that orders votes under ft=on: as configured, or pinned since the first vote. */
    NodeId sequencer(List<NodeId> servers) {
        String name = pinnedSequencer != null ? pinnedSequencer : settings.sequencer();
        if (name.equals(TwoPcSettings.LAST)) return servers.get(servers.size() - 1);
        for (NodeId n : servers) if (n.name().equals(name)) return n;
        throw new LabException("no server is named " + name + " to be the sequencer (config sequencer=last)");
    }

    /** Fixes the sequencer from the first vote on; the broadcast layers then use it too. */
    NodeId pinSequencer(List<NodeId> servers) {
        NodeId s = sequencer(servers);
        pinnedSequencer = s.name();
        options.sequencer(s.name());
        return s;
    }

    boolean sequencerPinned() {
        return pinnedSequencer != null;
    }
}
