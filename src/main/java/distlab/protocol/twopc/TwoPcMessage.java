package distlab.protocol.twopc;

import distlab.sim.node.NodeId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What two-phase commit sends (lecture 7.1), one record per message; transactions are named by
 * their op number ({@code op1}). Under {@code ft=on} the votes travel inside total order
 * broadcast messages instead of going to the coordinator.
 */
sealed interface TwoPcMessage {
    /** Client to coordinator: run this transaction. */
    record Begin(int txn, Transaction transaction) implements TwoPcMessage {
        @Override public String toString() { return "begin op" + txn; }
    }

    /** Coordinator to participant: do the transaction's writes here, tentatively, under locks; R are all its participants. */
    record Execute(int txn, Map<String, String> writes, List<NodeId> participants) implements TwoPcMessage {
        public Execute {
            writes = new TreeMap<>(writes); // sorted, and never changed after
            participants = List.copyOf(participants);
        }

        @Override
        public String toString() {
            return "execute op" + txn + " " + writes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        }
    }

    /** Participant to coordinator: the writes are done (or could not be: it will vote no). */
    record Executed(int txn) implements TwoPcMessage {
        @Override public String toString() { return "executed op" + txn; }
    }

    /** Coordinator to participant: phase 1, (Prepare, T, R) with R every participant. */
    record Prepare(int txn, List<NodeId> participants) implements TwoPcMessage {
        public Prepare {
            participants = List.copyOf(participants);
        }

        @Override public String toString() { return "prepare op" + txn; }
    }

    /**
     * A participant's vote on a transaction, or under ft=on a vote of no cast on behalf of a
     * suspected {@code voter}. It names R, so whoever delivers it knows whose votes count.
     */
    record Vote(int txn, NodeId voter, boolean yes, List<NodeId> participants) implements TwoPcMessage {
        public Vote {
            participants = List.copyOf(participants);
        }

        @Override public String toString() { return "vote op" + txn + " " + voter + " " + (yes ? "yes" : "no"); }
    }

    /** ft=on: a vote handed to the sequencer to be broadcast in the total order. */
    record HandOff(Vote vote) implements TwoPcMessage {
        @Override public String toString() { return "order " + vote; }
    }

    /** Phase 2: the decision, from the coordinator or, as an answer to a query, from whoever knows it. */
    record Decision(int txn, Outcome outcome) implements TwoPcMessage {
        @Override public String toString() { return outcome.word() + " op" + txn; }
    }

    /** An in-doubt node asks for the outcome; under ft=on it names R, and asks the participants to vote. */
    record Query(int txn, List<NodeId> participants) implements TwoPcMessage {
        public Query {
            participants = List.copyOf(participants);
        }

        @Override public String toString() { return "outcome? op" + txn; }
    }

    /** Coordinator to client: how the transaction ended. */
    record Finished(int txn, Outcome outcome) implements TwoPcMessage {
        @Override public String toString() { return "op" + txn + " " + (outcome == Outcome.COMMIT ? "committed" : "aborted"); }
    }
}
