package distlab.protocol.crdt;

import distlab.protocol.Setting;
import java.util.Locale;

/**
 * How op-based replication delivers operations ({@code config delivery=causal|any}): by causal
 * broadcast, as op-based CRDTs require (lecture 7.3), or as soon as they arrive, in any order,
 * which shows why they require it (an OR-set remove applied before its add, a text delete
 * before its insert).
 */
public enum Delivery {
    CAUSAL, ANY;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static final Setting<Delivery> SETTING = Setting.choice("delivery",
            "op-based replication: causal (causal broadcast) or any (each operation applied as soon as it arrives)", CAUSAL, Delivery::word);
}
