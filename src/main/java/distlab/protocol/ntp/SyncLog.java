package distlab.protocol.ntp;

import distlab.sim.node.NodeId;

/**
 * What a node keeps across crashes, like ntpd's statistics files: its last exchange, the last
 * Berkeley adjustment it made, and the number of its Berkeley rounds as master (so a restarted
 * master never reuses a round number).
 */
final class SyncLog {
    /** A Berkeley correction: from which master's round, by how much, and what the node did with it. */
    record Adjustment(NodeId master, int round, long amount, Correction action) {
        /** The same round's correction again (a duplicated message): applying it twice would double it. */
        boolean repeats(NodeId otherMaster, int otherRound) {
            return master.equals(otherMaster) && round == otherRound;
        }
    }

    private Exchange lastExchange;
    private Adjustment lastAdjustment;
    private int rounds;

    Exchange lastExchange() { return lastExchange; }
    Adjustment lastAdjustment() { return lastAdjustment; }

    void record(Exchange exchange) { lastExchange = exchange; }
    void record(Adjustment adjustment) { lastAdjustment = adjustment; }

    int nextRound() { return ++rounds; }
}
