package distlab.protocol.quorum;

import distlab.protocol.Param;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * The quorum protocol's {@code config} settings (SPEC §6 "quorum"): r, w, readrepair,
 * writeback and timeout, and writequery (an extension: multi-writer ABD). An op reads them when it starts, so a change affects later ops only.
 */
public final class QuorumSettings {
    public static final long DEFAULT_TIMEOUT_MICROS = SimTime.MICROS_PER_SECOND;
    /** Longest allowed op timeout. */
    public static final long MAX_TIMEOUT_MICROS = 3600 * SimTime.MICROS_PER_SECOND;

    private final IntSupplier replicas;
    private QuorumSize r = QuorumSize.QUORUM;
    private QuorumSize w = QuorumSize.QUORUM;
    private boolean readRepair = true;
    private boolean writeBack;
    private boolean writeQuery;
    private long timeoutMicros = DEFAULT_TIMEOUT_MICROS;

    /** {@code replicas} tells the current number of replicas n. */
    public QuorumSettings(IntSupplier replicas) {
        this.replicas = replicas;
    }

    public int n() { return replicas.getAsInt(); }
    /** Replies a read waits for, now. */
    public int r() { return r.of(n()); }
    /** Acknowledgements a write (and a write-back) waits for, now. */
    public int w() { return w.of(n()); }
    public boolean readRepair() { return readRepair; }
    public boolean writeBack() { return writeBack; }
    /** Multi-writer ABD: a put first reads the highest timestamp from r replicas. */
    public boolean writeQuery() { return writeQuery; }
    public long timeoutMicros() { return timeoutMicros; }

    public void setR(QuorumSize size) { r = size; }
    public void setW(QuorumSize size) { w = size; }
    public void setReadRepair(boolean on) { readRepair = on; }
    public void setWriteBack(boolean on) { writeBack = on; }
    public void setWriteQuery(boolean on) { writeQuery = on; }

    public void setTimeoutMicros(long micros) {
        if (micros <= 0) throw new LabException("timeout must be more than 0 (e.g. timeout=1s)");
        if (micros > MAX_TIMEOUT_MICROS) throw new LabException("timeout is at most " + SimTime.format(MAX_TIMEOUT_MICROS));
        timeoutMicros = micros;
    }

    public List<Param> params() {
        return List.of(
                new Param("r", "replies a get waits for: 1..n, one, quorum or all (words follow n as replicas are added)",
                        () -> r.show(n()), v -> r = QuorumSize.parse("r", v, n())),
                new Param("w", "acks a put (and a write-back) waits for: 1..n, one, quorum or all",
                        () -> w.show(n()), v -> w = QuorumSize.parse("w", v, n())),
                new Param("readrepair", "on: a get sends the newest value to replicas that replied with an older one",
                        () -> onOff(readRepair), v -> readRepair = onOff("readrepair", v)),
                new Param("writeback", "on: a get writes the newest value back to w replicas before it returns (ABD)",
                        () -> onOff(writeBack), v -> writeBack = onOff("writeback", v)),
                new Param("writequery", "on: a put first asks r replicas for their newest timestamp and writes a greater one (ABD, several writers)",
                        () -> onOff(writeQuery), v -> writeQuery = onOff("writequery", v)),
                new Param("timeout", "an op still waiting after this long fails",
                        () -> SimTime.format(timeoutMicros), v -> setTimeoutMicros(SimTime.parse(v))));
    }

    /** SPEC §6: warn when r + w <= n, because a read quorum may then miss a write quorum. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        int n = n();
        if (n > 0 && r() + w() <= n) {
            out.add("r + w = " + r() + " + " + w() + " <= n = " + n
                    + ": a read quorum need not overlap a write quorum, so a read can miss a completed write");
        }
        return out;
    }

    /** {@code r=2 w=2 readrepair=on writeback=off timeout=1s}. */
    public String summary() {
        return "r=" + r.show(n()) + " w=" + w.show(n()) + " readrepair=" + onOff(readRepair)
                + " writeback=" + onOff(writeBack) + " writequery=" + onOff(writeQuery) + " timeout=" + SimTime.format(timeoutMicros);
    }

    private static String onOff(boolean b) {
        return b ? "on" : "off";
    }

    private static boolean onOff(String name, String v) {
        switch (v.toLowerCase(Locale.ROOT)) {
            case "on": case "true": case "yes": return true;
            case "off": case "false": case "no": return false;
            default: throw new LabException(name + " must be on or off, not '" + v + "'");
        }
    }
}
