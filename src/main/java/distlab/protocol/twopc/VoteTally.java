package distlab.protocol.twopc;

import distlab.protocol.twopc.TwoPcMessage.Vote;
import distlab.sim.node.NodeId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fault-tolerant two-phase commit's count of votes (lecture 7.1), kept by every node from the
 * votes total order broadcast delivers to it: per transaction, the first vote delivered for
 * each participant, and R. Only the first vote per participant counts; a later one (a slow
 * participant's yes after a suspicion's no) is ignored. Every node delivers the same votes in
 * the same order, so every node counts the same first votes and reaches the same outcome.
 * Durable with the node's broadcast layer: forgetting a counted vote and counting a later one
 * instead would break that agreement.
 */
final class VoteTally {
    private final Map<Integer, Map<NodeId, Boolean>> first = new TreeMap<>();
    private final Map<Integer, List<NodeId>> participants = new TreeMap<>();

    /** Records a delivered vote; true when it is its voter's first, so it counts. */
    boolean deliver(Vote vote) {
        participants.putIfAbsent(vote.txn(), vote.participants());
        return first.computeIfAbsent(vote.txn(), t -> new TreeMap<>()).putIfAbsent(vote.voter(), vote.yes()) == null;
    }

    boolean hasVote(int txn, NodeId voter) {
        return first.getOrDefault(txn, Map.of()).containsKey(voter);
    }

    /** R as the votes named it, or null before any vote of the transaction was delivered. */
    List<NodeId> participants(int txn) {
        return participants.get(txn);
    }

    /**
     * What the first votes decide: abort as soon as one participant's first vote is no, commit
     * once every participant's first vote is yes, else null (undecided). The order of the first
     * votes does not matter: a no forbids commit whenever it comes.
     */
    Outcome outcome(int txn) {
        List<NodeId> r = participants.get(txn);
        if (r == null) return null;
        Map<NodeId, Boolean> votes = first.get(txn);
        boolean all = true;
        for (NodeId p : r) {
            Boolean yes = votes.get(p);
            if (Boolean.FALSE.equals(yes)) return Outcome.ABORT;
            if (yes == null) all = false;
        }
        return all ? Outcome.COMMIT : null;
    }

    /** The first votes counted so far, by voter. */
    Map<NodeId, Boolean> firstVotes(int txn) {
        return first.getOrDefault(txn, Map.of());
    }
}
