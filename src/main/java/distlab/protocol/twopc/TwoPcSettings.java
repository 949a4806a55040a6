package distlab.protocol.twopc;

import distlab.protocol.Setting;
import distlab.protocol.Settings;
import distlab.protocol.fd.DetectorConfig;
import distlab.sim.SimTime;
import java.util.List;

/**
 * The twopc protocol's {@code config} settings (docs/commands.md, protocol "twopc"): the
 * timeout of the coordinator and of an in-doubt participant, the fault-tolerant form and its
 * sequencer and failure detector, and the rule broken on purpose. Read on every use, so a
 * change applies at once; the detector reads its part through {@link DetectorConfig}.
 */
final class TwoPcSettings implements DetectorConfig {
    /** The sequencer's name meaning the last node, in node order. */
    static final String LAST = "last";

    static final Setting<Long> TIMEOUT = Setting.duration("timeout",
            "the coordinator aborts a transaction whose votes are not all in after this long; a participant still working"
                    + " with no prepare aborts, and a prepared one asks for the outcome, every this long",
            SimTime.MICROS_PER_SECOND, 3600 * SimTime.MICROS_PER_SECOND);
    static final Setting<Boolean> FT = Setting.onOff("ft",
            "on: fault-tolerant two-phase commit: votes go by total order broadcast and a failure detector's"
                    + " suspicion votes no for a crashed participant", false);
    static final Setting<String> SEQUENCER = new Setting<>("sequencer",
            "ft=on: the node that orders the votes (total order broadcast by a sequencer): a node, or last", LAST,
            text -> text, name -> name, List.of(LAST));
    static final Setting<Long> HEARTBEAT = Setting.duration("heartbeat", "ft=on: every node sends a heartbeat to every other this often",
            100 * SimTime.MICROS_PER_MS, 3600 * SimTime.MICROS_PER_SECOND);
    static final Setting<Long> SUSPECT = Setting.duration("suspect", "ft=on: a node not heard from for this long is suspected",
            300 * SimTime.MICROS_PER_MS, 3600 * SimTime.MICROS_PER_SECOND);
    static final Setting<Bug> BUG = Setting.choice("bug",
            "break a rule on purpose: none, nolog (the coordinator sends its decision without logging it),"
                    + " forget (a restarted participant forgets it is prepared)", Bug.NONE, b -> b.word);

    private final Settings values = new Settings(List.of(TIMEOUT, FT, SEQUENCER, HEARTBEAT, SUSPECT, BUG));

    Settings values() { return values; }
    /** The two-phase commit timeout (the detector's own is {@link #timeoutMicros}). */
    long commitTimeout() { return values.get(TIMEOUT); }
    boolean ft() { return values.get(FT); }
    String sequencer() { return values.get(SEQUENCER); }
    Bug bug() { return values.get(BUG); }
    @Override public long heartbeatMicros() { return values.get(HEARTBEAT); }
    @Override public long timeoutMicros() { return values.get(SUSPECT); }
    @Override public boolean adaptive() { return false; }
}
