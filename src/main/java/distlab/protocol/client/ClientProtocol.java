package distlab.protocol.client;

import distlab.sim.node.Protocol;
import java.util.List;

/**
 * A protocol whose clients issue operations (quorum, raft). The engine creates client nodes
 * with {@link #clients()} on first use and hands each op to the client's {@link ClientProcess}.
 */
public interface ClientProtocol {
    /** Builds client processes (their nodes are c1, c2, ...). */
    Protocol clients();

    History history();

    /** The op kinds this protocol supports, e.g. put, get, cas. */
    List<String> operations();
}
