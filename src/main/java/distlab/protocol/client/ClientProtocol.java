package distlab.protocol.client;

import distlab.sim.node.Protocol;

/**
 * A protocol whose clients issue operations (quorum, raft). The engine creates client nodes
 * with {@link #clients()} when a client id is first named, and a client command hands each op
 * to the client's {@link ClientProcess}.
 */
public interface ClientProtocol {
    /** Builds client processes (their nodes are c1, c2, ...). */
    Protocol<?> clients();

    History history();

    /** What the history is judged against. */
    HistoryModel historyModel();
}
