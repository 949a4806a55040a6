package distlab.protocol.broadcast;

import static distlab.protocol.broadcast.BroadcastSettings.ALGORITHM;
import static distlab.protocol.broadcast.BroadcastSettings.APPLY;
import static distlab.protocol.broadcast.BroadcastSettings.FANOUT;
import static distlab.protocol.broadcast.BroadcastSettings.RELAY;
import static distlab.protocol.broadcast.BroadcastSettings.SEQUENCER;

import distlab.protocol.Setting;
import java.util.List;

/** The six broadcast protocols of lectures 4.2 and 4.3: their names, help, settings and promises. */
enum BroadcastKind {
    BESTEFFORT("besteffort", "best-effort broadcast: the sender sends once to every node; delivery on receipt"),
    RELIABLE("reliable", "eager reliable broadcast: every node relays a message to all others on first receipt"),
    GOSSIP("gossip", "gossip: the sender and each first receiver pass a message to fanout random nodes"),
    FIFO("fifo", "FIFO broadcast: per-sender sequence numbers and a hold-back queue"),
    CAUSAL("causal", "causal broadcast: vectors of delivered counts; held back until every dependency is delivered"),
    TOTAL("total", "total order broadcast: through a sequencer, or by Lamport timestamps with acknowledgements");

    final String word;
    final String summary;

    BroadcastKind(String word, String summary) {
        this.word = word;
        this.summary = summary;
    }

    /** Its settings, in the order config shows them. */
    List<Setting<?>> settings() {
        return switch (this) {
            case BESTEFFORT, RELIABLE -> List.of(APPLY);
            case GOSSIP -> List.of(FANOUT, APPLY);
            case FIFO, CAUSAL -> List.of(RELAY, APPLY);
            case TOTAL -> List.of(ALGORITHM, SEQUENCER, RELAY, APPLY);
        };
    }

    /**
     * The orders it promises, as cluster fields: FIFO; causal (which includes FIFO); for both
     * total order algorithms FIFO-total order, which is causal too (lecture 4.2).
     */
    List<String> promises() {
        return switch (this) {
            case BESTEFFORT, RELIABLE, GOSSIP -> List.of();
            case FIFO -> List.of("fifo");
            case CAUSAL -> List.of("causal");
            case TOTAL -> List.of("total", "causal");
        };
    }

    /** How its messages spread, given the relay setting where it has one. */
    Dissemination dissemination(boolean eagerRelay) {
        return switch (this) {
            case BESTEFFORT -> Dissemination.DIRECT;
            case RELIABLE -> Dissemination.EAGER;
            case GOSSIP -> Dissemination.GOSSIP;
            case FIFO, CAUSAL, TOTAL -> eagerRelay ? Dissemination.EAGER : Dissemination.DIRECT;
        };
    }
}
