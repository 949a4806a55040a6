package distlab.engine;

import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.net.Bandwidth;
import distlab.sim.net.LatencyRange;
import distlab.sim.net.Network;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings every session has, whatever its protocol: the network's ({@code net latency
 * bandwidth loss dup}) and the run's ({@code run runmax}). Their values live where they act (the network,
 * the session); this is how {@code config} and the command reference reach them.
 */
public final class KernelSettings {
    /** The settings, with their help, in the order config lists them. */
    private enum Key {
        NET("net", "message delivery: auto, or manual (deliver by hand)"),
        LATENCY("latency", "one-way delay of every link, MIN..MAX"),
        BANDWIDTH("bandwidth", "data rate of every link (1Mbps, 2MB/s), or unlimited"),
        LOSS("loss", "chance that a message is lost, in percent"),
        DUP("dup", "chance that a message is duplicated, in percent"),
        RUN("run", "duration of run without one"),
        RUNMAX("runmax", "longest run allowed");

        final String word;
        final String help;

        Key(String word, String help) {
            this.word = word;
            this.help = help;
        }
    }

    private final Session session;
    private final Map<String, Key> byWord = new LinkedHashMap<>();

    KernelSettings(Session session) {
        this.session = session;
        for (Key k : Key.values()) byWord.put(k.word, k);
    }

    public List<String> keys() {
        return List.copyOf(byWord.keySet());
    }

    public String help(String key) {
        return byWord.get(key).help;
    }

    public String show(String key) {
        Network net = session.sim().network();
        return switch (byWord.get(key)) {
            case NET -> net.mode().name().toLowerCase(Locale.ROOT);
            case LATENCY -> net.defaultLatency().toString();
            case BANDWIDTH -> net.defaultBandwidth().toString();
            case LOSS -> Percent.show(net.lossPercent());
            case DUP -> Percent.show(net.dupPercent());
            case RUN -> SimTime.format(session.runDefaultMicros());
            case RUNMAX -> SimTime.format(session.runMaxMicros());
        };
    }

    public void set(String key, String v) {
        Network net = session.sim().network();
        switch (byWord.get(key)) {
            case NET -> session.sim().setMode(switch (v) {
                case "auto" -> Network.Mode.AUTO;
                case "manual" -> Network.Mode.MANUAL;
                default -> throw new LabException("net must be auto or manual, not '" + v + "'");
            });
            case LATENCY -> net.setDefaultLatency(LatencyRange.parse(v));
            case BANDWIDTH -> net.setDefaultBandwidth(Bandwidth.parse(v));
            case LOSS -> net.setLossPercent(Percent.parse(v));
            case DUP -> net.setDupPercent(Percent.parse(v));
            case RUN -> session.setRunDefaultMicros(positive(v));
            case RUNMAX -> session.setRunMaxMicros(positive(v));
        }
    }

    /** Every value as shown, which {@link #set} accepts back. */
    public Map<String, String> snapshot() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : byWord.keySet()) out.put(key, show(key));
        return out;
    }

    public void restore(Map<String, String> snapshot) {
        for (Map.Entry<String, String> e : snapshot.entrySet()) set(e.getKey(), e.getValue());
    }

    private static long positive(String v) {
        long micros = SimTime.parse(v);
        if (micros == 0) throw new LabException("the duration must be more than 0");
        return micros;
    }
}
