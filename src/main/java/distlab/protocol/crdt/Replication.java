package distlab.protocol.crdt;

import distlab.protocol.Setting;
import java.util.Locale;

/**
 * How CRDT replicas replicate ({@code config replication=state|op}, lecture 7.3): by sending
 * whole states that the receiver merges ({@code sync}, {@code gossip}), or by broadcasting each
 * update as an operation that every replica applies, so no {@code sync} is needed while the
 * network delivers.
 */
public enum Replication {
    STATE, OP;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static final Setting<Replication> SETTING = Setting.choice("replication",
            "state: replicas send whole states (sync, gossip) and merge them; op: each update is broadcast as an operation (delivery=)",
            STATE, Replication::word);
}
