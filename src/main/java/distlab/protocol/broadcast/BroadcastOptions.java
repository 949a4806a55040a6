package distlab.protocol.broadcast;

import distlab.sim.LabException;
import distlab.sim.node.NodeId;
import java.util.List;

/**
 * What a broadcast layer reads on every use: how messages spread, the gossip fanout, and who
 * the sequencer of total order broadcast is. One object per session (a module's), shared by
 * every node's layer, so a {@code config} change applies at once. Plain fields: a session
 * snapshot copies it like any other state.
 */
public final class BroadcastOptions {
    /** The sequencer's name that means "the first node in node order". */
    public static final String FIRST = "first";

    private Dissemination dissemination = Dissemination.DIRECT;
    private int fanout = 3;
    private String sequencer = FIRST;

    public Dissemination dissemination() { return dissemination; }
    public int fanout() { return fanout; }
    public String sequencerName() { return sequencer; }

    public BroadcastOptions dissemination(Dissemination value) {
        dissemination = value;
        return this;
    }

    public BroadcastOptions fanout(int value) {
        if (value < 1) throw new IllegalArgumentException("fanout " + value);
        fanout = value;
        return this;
    }

    /** A node's name, or {@link #FIRST}. */
    public BroadcastOptions sequencer(String name) {
        sequencer = name;
        return this;
    }

    /** The sequencer among the group's nodes; a LabException when no node has its name. */
    NodeId sequencer(List<NodeId> group) {
        if (group.isEmpty()) throw new LabException("there are no nodes to be the sequencer");
        if (sequencer.equals(FIRST)) return group.get(0);
        for (NodeId node : group) if (node.name().equals(sequencer)) return node;
        throw new LabException("no node is named " + sequencer + " to be the sequencer (config sequencer=" + group.get(0) + ")");
    }
}
