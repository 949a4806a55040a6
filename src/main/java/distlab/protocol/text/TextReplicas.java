package distlab.protocol.text;

import distlab.sim.node.NodeId;

/**
 * A protocol whose nodes each edit a copy of one text (docs/commands.md, protocols ot and
 * textcrdt): the {@code insert} and {@code delete} commands work on any of them. Positions
 * count characters (Unicode code points) from 0.
 */
public interface TextReplicas {
    /** Node {@code node} inserts {@code text} so that it starts at index {@code pos} of its copy. */
    void insert(NodeId node, int pos, String text);

    /** Node {@code node} deletes {@code length} characters of its copy from index {@code pos}. */
    void delete(NodeId node, int pos, int length);

    /** The node's copy of the text. */
    String text(NodeId node);
}
