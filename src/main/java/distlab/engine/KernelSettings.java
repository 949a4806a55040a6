package distlab.engine;

import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.net.Bandwidth;
import distlab.sim.net.LatencyRange;
import distlab.sim.net.Network;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The settings every session has, whatever its protocol: the network's ({@code net latency
 * bandwidth loss dup}) and the run's ({@code run runmax}). Their values live where they act (the network,
 * the session); this is how {@code config} and the command reference reach them.
 */
public final class KernelSettings {
    /** One setting: help, and how to read and change where it lives. */
    private record Entry(String help, Supplier<String> show, Consumer<String> set) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    KernelSettings(Session session) {
        Supplier<Network> net = () -> session.sim().network();
        Supplier<Simulation> sim = session::sim;
        entries.put("net", new Entry("message delivery: auto, or manual (deliver by hand)",
                () -> net.get().mode().name().toLowerCase(Locale.ROOT),
                v -> sim.get().setMode(switch (v) {
                    case "auto" -> Network.Mode.AUTO;
                    case "manual" -> Network.Mode.MANUAL;
                    default -> throw new LabException("net must be auto or manual, not '" + v + "'");
                })));
        entries.put("latency", new Entry("one-way delay of every link, MIN..MAX",
                () -> net.get().defaultLatency().toString(), v -> net.get().setDefaultLatency(LatencyRange.parse(v))));
        entries.put("bandwidth", new Entry("data rate of every link (1Mbps, 2MB/s), or unlimited",
                () -> net.get().defaultBandwidth().toString(), v -> net.get().setDefaultBandwidth(Bandwidth.parse(v))));
        entries.put("loss", new Entry("chance that a message is lost, in percent",
                () -> Percent.show(net.get().lossPercent()), v -> net.get().setLossPercent(Percent.parse(v))));
        entries.put("dup", new Entry("chance that a message is duplicated, in percent",
                () -> Percent.show(net.get().dupPercent()), v -> net.get().setDupPercent(Percent.parse(v))));
        entries.put("run", new Entry("duration of run without one",
                () -> SimTime.format(session.runDefaultMicros()), v -> session.setRunDefaultMicros(positive(v))));
        entries.put("runmax", new Entry("longest run allowed",
                () -> SimTime.format(session.runMaxMicros()), v -> session.setRunMaxMicros(positive(v))));
    }

    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    public String help(String key) {
        return entries.get(key).help();
    }

    public String show(String key) {
        return entries.get(key).show().get();
    }

    public void set(String key, String value) {
        entries.get(key).set().accept(value);
    }

    /** Every value as shown, which {@link #set} accepts back. */
    public Map<String, String> snapshot() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : entries.keySet()) out.put(key, show(key));
        return out;
    }

    public void restore(Map<String, String> snapshot) {
        snapshot.forEach(this::set);
    }

    private static long positive(String v) {
        long micros = SimTime.parse(v);
        if (micros == 0) throw new LabException("the duration must be more than 0");
        return micros;
    }
}
