package distlab.protocol.raft;

import distlab.sim.node.TimerTag;
import distlab.sim.Rng;
import distlab.sim.node.Context;
import distlab.sim.node.NodeClock;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link Context} for driving one process by hand in unit tests: it records what the process did. */
final class FakeContext implements Context {
    record Sent(NodeId to, Object payload) {}

    private final NodeId self;
    private final List<NodeId> servers;
    private final Rng rng = new Rng(1);
    final List<Sent> sent = new ArrayList<>();
    /** Live timers: id to tag. */
    final Map<Long, Object> timers = new LinkedHashMap<>();
    long now;
    private long nextTimer = 1;

    FakeContext(NodeId self, List<NodeId> servers) {
        this.self = self;
        this.servers = servers;
    }

    @Override public NodeId self() { return self; }
    @Override public long now() { return now; }
    @Override public List<NodeId> servers() { return servers; }
    @Override public NodeClock clock() { throw new UnsupportedOperationException("Raft reads no physical clock"); }

    @Override public int send(NodeId to, Object payload) {
        sent.add(new Sent(to, payload));
        return sent.size();
    }

    @Override public long setTimer(long delayMicros, TimerTag tag) {
        long id = nextTimer++;
        timers.put(id, tag);
        return id;
    }

    @Override public void cancelTimer(long timerId) { timers.remove(timerId); }
    @Override public void local(String label) { }
    @Override public void deliver(String what) { }
    @Override public Rng rng() { return rng; }

    /** The messages sent since the last call, and forget them. */
    List<Sent> take() {
        List<Sent> out = new ArrayList<>(sent);
        sent.clear();
        return out;
    }

    /** The payloads of a given type sent since the last take, in order. */
    <T> List<T> taken(Class<T> type) {
        return take().stream().map(Sent::payload).filter(type::isInstance).map(type::cast).toList();
    }

    /** Fires the live timer with this tag, as the kernel would (it is gone once it fires). */
    void fire(distlab.sim.node.Process process, TimerTag tag) {
        Long id = timers.entrySet().stream().filter(e -> e.getValue() == tag).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("no live timer " + tag));
        timers.remove(id);
        process.onTimer(this, tag);
    }

    boolean hasTimer(TimerTag tag) {
        return timers.containsValue(tag);
    }
}
