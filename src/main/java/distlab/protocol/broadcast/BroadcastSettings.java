package distlab.protocol.broadcast;

import distlab.protocol.Setting;
import distlab.sim.LabException;
import java.util.List;

/** The broadcast protocols' {@code config} settings, declared once; {@link BroadcastKind} says which each has. */
final class BroadcastSettings {
    enum Relay { OFF, EAGER }

    enum Algorithm { SEQUENCER, LAMPORT }

    enum Apply { OFF, KV }

    static final Setting<Relay> RELAY = Setting.choice("relay",
            "off: the sender sends once to every node; eager: every node also relays on first receipt (reliable)",
            Relay.OFF, BroadcastSettings::word);
    static final Setting<Integer> FANOUT = Setting.count("fanout",
            "gossip: how many nodes, picked at random, the sender and each first receiver pass a message to", 3, 1, 255);
    static final Setting<Algorithm> ALGORITHM = Setting.choice("algorithm",
            "total order: sequencer (one node orders everything) or lamport (timestamps, every node acknowledges)",
            Algorithm.SEQUENCER, BroadcastSettings::word);
    static final Setting<String> SEQUENCER = new Setting<>("sequencer",
            "total order, algorithm=sequencer: the node that orders every broadcast (first: the first node)",
            BroadcastOptions.FIRST, BroadcastSettings::nodeName, name -> name, List.of(BroadcastOptions.FIRST));
    static final Setting<Apply> APPLY = Setting.choice("apply",
            "kv: each node applies delivered payloads set KEY VALUE and add KEY N to its store (lecture 5.3); off: it does not",
            Apply.OFF, BroadcastSettings::word);

    private BroadcastSettings() {}

    private static String word(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String nodeName(String text) {
        if (!text.matches("[A-Za-z][A-Za-z0-9_]{0,15}")) {
            throw new LabException("sequencer must be a node's name or first, not '" + text + "'");
        }
        return text;
    }
}
