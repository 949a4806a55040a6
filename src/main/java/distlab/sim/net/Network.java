package distlab.sim.net;

import distlab.sim.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The network's settings: delivery mode, latencies, bandwidths, loss, duplication, partitions
 * and one-way cuts. Links are directed pairs of node indices. It decides a message's fate;
 * the simulation carries it out.
 */
public final class Network {
    public enum Mode { AUTO, MANUAL }

    private Mode mode = Mode.AUTO;
    private LatencyRange defaultLatency = LatencyRange.DEFAULT;
    private final Map<Long, LatencyRange> linkLatency = new TreeMap<>();
    private Bandwidth defaultBandwidth = Bandwidth.UNLIMITED;
    private final Map<Long, Bandwidth> linkBandwidth = new TreeMap<>();
    private double lossPercent;
    private double dupPercent;
    private final List<Set<Integer>> partitionGroups = new ArrayList<>();
    private final Set<Long> cuts = new TreeSet<>();

    private static long link(int from, int to) {
        return ((long) from << 32) | (to & 0xFFFFFFFFL);
    }

    public Mode mode() { return mode; }

    public void setMode(Mode mode) { this.mode = mode; }

    public LatencyRange defaultLatency() { return defaultLatency; }

    public void setDefaultLatency(LatencyRange range) {
        defaultLatency = range;
        linkLatency.clear();
    }

    public void setLinkLatency(int from, int to, LatencyRange range) {
        linkLatency.put(link(from, to), range);
    }

    public LatencyRange latency(int from, int to) {
        if (linkLatency.isEmpty()) return defaultLatency;
        return linkLatency.getOrDefault(link(from, to), defaultLatency);
    }

    /** Per-link overrides as (from, to, range), in node order. */
    public List<long[]> linkOverrides() {
        List<long[]> out = new ArrayList<>();
        linkLatency.forEach((k, r) -> out.add(new long[] {k >>> 32, k & 0xFFFFFFFFL, r.minMicros(), r.maxMicros()}));
        return out;
    }

    public long drawLatency(Rng rng, int from, int to) {
        LatencyRange r = latency(from, to);
        return rng.between(r.minMicros(), r.maxMicros());
    }

    public Bandwidth defaultBandwidth() { return defaultBandwidth; }

    /** Sets every link's rate and clears per-link rates, as {@link #setDefaultLatency} does. */
    public void setDefaultBandwidth(Bandwidth rate) {
        defaultBandwidth = rate;
        linkBandwidth.clear();
    }

    public void setLinkBandwidth(int from, int to, Bandwidth rate) {
        linkBandwidth.put(link(from, to), rate);
    }

    public Bandwidth bandwidth(int from, int to) {
        if (linkBandwidth.isEmpty()) return defaultBandwidth;
        return linkBandwidth.getOrDefault(link(from, to), defaultBandwidth);
    }

    /** Per-link rates as (from, to, bits per second), in node order. */
    public List<long[]> bandwidthOverrides() {
        List<long[]> out = new ArrayList<>();
        linkBandwidth.forEach((k, r) -> out.add(new long[] {k >>> 32, k & 0xFFFFFFFFL, r.bitsPerSecond()}));
        return out;
    }

    /** How long a message of {@code bytes} occupies the link from → to (lecture 1.2: size / bandwidth). */
    public long transmitMicros(int from, int to, long bytes) {
        return bytes == 0 ? 0 : bandwidth(from, to).transmitMicros(bytes);
    }

    public double lossPercent() { return lossPercent; }

    public void setLossPercent(double p) { lossPercent = p; }

    public double dupPercent() { return dupPercent; }

    public void setDupPercent(double p) { dupPercent = p; }

    /**
     * Nodes in different groups cannot talk. Nodes named in no group, clients included and
     * nodes created later, form one more group (docs/commands.md: {@code partition n1} isolates n1).
     */
    public void partition(List<Set<Integer>> groups) {
        partitionGroups.clear();
        groups.forEach(g -> partitionGroups.add(Set.copyOf(g)));
    }

    public void cut(int from, int to) {
        cuts.add(link(from, to));
    }

    public void heal() {
        partitionGroups.clear();
        cuts.clear();
    }

    public List<Set<Integer>> partitionGroups() {
        return List.copyOf(partitionGroups);
    }

    /** Cut links as (from, to) pairs, in order. */
    public List<int[]> cuts() {
        return cuts.stream().map(k -> new int[] {(int) (k >>> 32), (int) (long) k}).toList();
    }

    /** Why a message from → to cannot pass, or null if it can. */
    public String blockedReason(int from, int to) {
        if (!cuts.isEmpty() && cuts.contains(link(from, to))) return "link cut";
        if (partitionGroups.isEmpty()) return null;
        return group(from) != group(to) ? "partitioned" : null;
    }

    /** The node's group; every node named in no group shares the last one. */
    private int group(int node) {
        for (int g = 0; g < partitionGroups.size(); g++) {
            if (partitionGroups.get(g).contains(node)) return g;
        }
        return partitionGroups.size();
    }
}
