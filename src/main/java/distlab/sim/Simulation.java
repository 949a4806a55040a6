package distlab.sim;

import distlab.sim.net.MessageStatus;
import distlab.sim.net.MessageTable;
import distlab.sim.net.Network;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.sim.node.Process;
import distlab.sim.node.Protocol;
import distlab.sim.node.TimerTag;
import distlab.sim.trace.EntryKind;
import distlab.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The deterministic simulation kernel: virtual time, one seeded RNG, an event queue
 * ordered by (time, sequence), the network, nodes with timers, crashes and restarts, and
 * the trace. Single-threaded: front ends call it from one thread only.
 */
public final class Simulation {
    private final Rng rng;
    private final Limits limits;
    private final Network network = new Network();
    private final MessageTable messages = new MessageTable();
    private final Trace trace = new Trace();
    private final EventQueue queue = new EventQueue();
    private final NodeTable nodes = new NodeTable();
    private final Timers timers = new Timers();
    private final List<StepObserver> observers = new ArrayList<>();
    /** Front ends watching the run (the TUI's pacer): not the simulation's state, so never copied. */
    private transient List<Runnable> watchers;
    private final RunGuard guard;
    private long now;

    /** What {@link #advance} did: events processed, and whether the stop condition ended it early. */
    public record RunResult(int events, boolean stoppedEarly) {}

    public Simulation(long seed, Limits limits) {
        this.rng = new Rng(seed);
        this.limits = limits;
        this.guard = new RunGuard(limits);
    }

    public long now() { return now; }
    public Rng rng() { return rng; }
    public Limits limits() { return limits; }
    public Network network() { return network; }
    public MessageTable messages() { return messages; }
    public Trace trace() { return trace; }

    /** Every node, clients included, in node order. */
    public List<NodeId> nodes() { return nodes.ids(); }

    /** The protocol's server nodes, in node order. */
    public List<NodeId> servers() { return nodes.serverIds(); }

    public Optional<NodeId> find(String name) {
        SimNode n = nodes.byName(name);
        return n == null ? Optional.empty() : Optional.of(n.id);
    }

    public NodeId node(int index) { return nodes.get(index).id; }
    public NodeKind kind(NodeId id) { return state(id).kind; }
    public boolean isUp(NodeId id) { return state(id).up; }
    public int lamport(NodeId id) { return state(id).lamport; }
    public String protocolName(NodeId id) { return state(id).protocol.name(); }
    /** The node's running process, or null while it is crashed. */
    public Process process(NodeId id) { return state(id).process; }
    /**
     * The node's stable storage, as the protocol that made it built it. Modules keep one
     * {@link Protocol} per kind of node, so the identity check makes the cast safe.
     */
    @SuppressWarnings("unchecked")
    public <S> S storage(NodeId id, Protocol<S> protocol) {
        SimNode node = state(id);
        if (node.protocol != protocol) throw new IllegalArgumentException(id + " does not run " + protocol.name());
        return (S) node.storage;
    }
    /** The node's physical clock (lecture 3.1); read and set it at {@link #now}. */
    public PhysicalClock clock(NodeId id) { return state(id).clock; }
    /** The node's latest trace entry, or -1 if it has none yet. */
    public int lastEntry(NodeId id) { return state(id).lastEntry; }

    /** The node's vector clock, as wide as the current node count. */
    public int[] vc(NodeId id) {
        int[] out = new int[nodes.size()];
        int[] own = state(id).vc;
        System.arraycopy(own, 0, out, 0, Math.min(own.length, out.length));
        return out;
    }

    /** What a protocol module runs after every event and stimulus, e.g. to check invariants at every step. */
    public interface StepObserver {
        void afterStep();
    }

    public void addObserver(StepObserver observer) {
        observers.add(observer);
    }

    /** A front end's hook after every event and stimulus; it is not part of the state a snapshot copies. */
    public void watch(Runnable watcher) {
        if (watchers == null) watchers = new ArrayList<>();
        watchers.add(watcher);
    }

    private SimNode state(NodeId id) {
        return nodes.get(id);
    }

    // ---- creating nodes ----

    /** Adds nodes running the protocol and starts them, once all of them exist. */
    public List<NodeId> spawn(List<String> names, NodeKind kind, Protocol<?> protocol) {
        List<SimNode> created = nodes.add(names, kind, protocol, this, limits);
        for (SimNode n : created) {
            n.process = n.newProcess();
            n.process.onStart(n.context);
        }
        notifyObservers();
        List<NodeId> ids = new ArrayList<>(created.size());
        for (SimNode n : created) ids.add(n.id);
        return List.copyOf(ids);
    }

    // ---- stimuli from the user ----

    /** Runs an action at an up node now, as if the node decided to act (a user stimulus). */
    public void runAt(NodeId id, Consumer<Context> action) {
        SimNode node = upNode(id);
        checkTraceRoom();
        action.accept(node.context);
        notifyObservers();
    }

    public int send(NodeId from, NodeId to, Object payload) {
        int[] message = new int[1];
        runAt(from, ctx -> message[0] = ctx.send(to, payload));
        return message[0];
    }

    /** The user's send of a payload that takes {@code sizeBytes} on the wire ({@code send --size}). */
    public int send(NodeId from, NodeId to, Object payload, long sizeBytes) {
        SimNode node = upNode(from);
        checkTraceRoom();
        int message = sendFrom(node, to, payload, sizeBytes);
        notifyObservers();
        return message;
    }

    /** Records a local event at the node and returns its event number. */
    public int local(NodeId id, String label) {
        runAt(id, ctx -> ctx.local(label));
        return trace.eventCount();
    }

    private SimNode upNode(NodeId id) {
        SimNode node = state(id);
        if (!node.up) throw new LabException(id + " is down (restart " + id + " first)");
        return node;
    }

    // ---- what nodes do (called through NodeContext) ----

    int sendFrom(SimNode node, NodeId to, Object payload, long sizeBytes) {
        SimNode target = state(to);
        node.tickLamport();
        int number = messages.nextNumber();
        int entry = trace.recordTick(EntryKind.SEND, node.id.index(), now, node.lamport, node.vc, nodes.size(), number, null);
        node.lastEntry = entry;
        messages.add(node.id.index(), to.index(), payload, entry, now, 0, sizeBytes);
        launch(number, node, target);
        if (network.dupPercent() > 0 && rng.chance(network.dupPercent())) {
            int copy = messages.add(node.id.index(), to.index(), payload, entry, now, number, sizeBytes);
            launch(copy, node, target);
        }
        return number;
    }

    /** Puts a new message on the wire: lost, blocked, or on its way. */
    private void launch(int message, SimNode from, SimNode to) {
        String blocked = network.blockedReason(from.id.index(), to.id.index());
        if (blocked != null) {
            finishDropped(message, blocked);
        } else if (network.lossPercent() > 0 && rng.chance(network.lossPercent())) {
            finishDropped(message, "lost");
        } else if (network.mode() == Network.Mode.AUTO) {
            schedule(message);
        }
    }

    /** Due after the link's latency plus the message's transmission time, size / bandwidth (lecture 1.2). */
    private void schedule(int message) {
        int from = messages.from(message);
        int to = messages.to(message);
        long transit = network.drawLatency(rng, from, to) + network.transmitMicros(from, to, messages.size(message));
        long due = Math.max(now, messages.sentAt(message) + transit);
        messages.setDueAt(message, due);
        queue.push(due, message);
    }

    /** A local event or a delivery ({@code kind}): it ticks the clocks like any local event. */
    void recordLocal(SimNode node, EntryKind kind, String label) {
        node.tickLamport();
        node.lastEntry = trace.recordTick(kind, node.id.index(), now, node.lamport, node.vc, nodes.size(), 0, label);
    }

    long setTimer(SimNode node, long delayMicros, TimerTag tag) {
        if (delayMicros < 0) throw new IllegalArgumentException("negative timer delay");
        long id = timers.add(node, tag, now + delayMicros);
        queue.push(now + delayMicros, -id);
        return id;
    }

    void cancelTimer(long timerId) {
        timers.cancel(timerId);
    }

    // ---- delivering and dropping ----

    /** Delivers an in-flight message now (manual delivery), or drops it if it cannot arrive. */
    public MessageStatus deliver(int message) {
        requireInflight(message);
        checkTraceRoom();
        deliverNow(message);
        notifyObservers();
        return messages.status(message);
    }

    public void drop(int message) {
        requireInflight(message);
        finishDropped(message, "dropped by hand");
        notifyObservers();
    }

    private void requireInflight(int message) {
        if (!messages.exists(message)) {
            throw new LabException("unknown message 'm" + message + "' (messages: m1..m" + messages.count() + ")");
        }
        MessageStatus status = messages.status(message);
        if (status != MessageStatus.INFLIGHT) {
            throw new LabException("m" + message + " is not in flight: it was already " + status.word());
        }
    }

    private void deliverNow(int message) {
        SimNode to = nodes.get(messages.to(message));
        int from = messages.from(message);
        if (!to.up) {
            finishDropped(message, to.id + " is down");
            return;
        }
        String blocked = network.blockedReason(from, to.id.index());
        if (blocked != null) {
            finishDropped(message, blocked);
            return;
        }
        int sendEntry = messages.sendEntry(message);
        to.receiveLamport(trace.lamport(sendEntry));
        int entry = trace.recordReceive(to.id.index(), now, to.lamport, to.vc, nodes.size(), message, sendEntry);
        to.lastEntry = entry;
        messages.finish(message, MessageStatus.DELIVERED, entry);
        to.process.onMessage(to.context, nodes.get(from).id, messages.payload(message));
    }

    private void finishDropped(int message, String reason) {
        int entry = trace.recordNote(EntryKind.DROP, messages.to(message), now, message, reason, messages.sendEntry(message));
        messages.finish(message, MessageStatus.DROPPED, entry);
    }

    // ---- advancing time ----

    /** Processes the next {@code count} scheduled events; returns how many there were. */
    public int step(int count) {
        int done = 0;
        while (done < count && processNext(Long.MAX_VALUE)) {
            done++;
            guard.checkpoint(now, Long.MAX_VALUE, done);
        }
        return done;
    }

    /**
     * Processes every event due within {@code micros}; time then ends exactly that much later,
     * unless {@code stopWhen} becomes true after an event, which ends the run there.
     */
    public RunResult advance(long micros, BooleanSupplier stopWhen) {
        long end = now + micros;
        int done = 0;
        while (processNext(end)) {
            done++;
            if (stopWhen.getAsBoolean()) return new RunResult(done, true);
            guard.checkpoint(now, end, done);
            if (done >= limits.maxEventsPerCommand()) {
                throw new LabException("stopped after " + done + " events at " + SimTime.format(now)
                        + ": a command may process at most " + limits.maxEventsPerCommand());
            }
        }
        now = end;
        return new RunResult(done, false);
    }

    /** Processes the earliest live event due at or before {@code limit}; false if there is none. */
    private boolean processNext(long limit) {
        while (!queue.isEmpty() && queue.peekTime() <= limit) {
            long time = queue.peekTime();
            long ref = queue.pop();
            if (ref > 0 ? isLiveDelivery((int) ref) : timers.isLive(-ref, nodes.all())) {
                checkTraceRoom();
                now = time;
                if (ref > 0) deliverNow((int) ref);
                else fireTimer(-ref);
                notifyObservers();
                return true;
            }
        }
        return false;
    }

    private boolean isLiveDelivery(int message) {
        return messages.status(message) == MessageStatus.INFLIGHT;
    }

    private void fireTimer(long id) {
        Timers.Timer t = timers.take(id);
        SimNode node = nodes.get(t.node());
        node.lastEntry = trace.recordNote(EntryKind.TIMER, t.node(), now, 0, t.tag(), node.lastEntry);
        node.process.onTimer(node.context, t.tag());
    }

    // ---- a node's timers, one at a time (fire NODE, explore) ----

    /** The tags of the node's live timers, in the order they would fire (none while it is down). */
    public List<TimerTag> pendingTimers(NodeId id) {
        List<TimerTag> out = new ArrayList<>();
        for (long t : timers.liveOf(state(id))) out.add(timers.tag(t));
        return out;
    }

    /**
     * The node's earliest pending timer fires now, before it is due, as if its clock ran fast:
     * the other events keep their times. Returns its tag, or null when the node has none.
     */
    public TimerTag fireNextTimer(NodeId id) {
        long[] live = timers.liveOf(upNode(id));
        if (live.length == 0) return null;
        TimerTag tag = timers.tag(live[0]);
        checkTraceRoom();
        fireTimer(live[0]);
        notifyObservers();
        return tag;
    }

    /** The node's stable storage as an object (for a state's fingerprint; typed access is {@link #storage}). */
    public Object storageObject(NodeId id) {
        return state(id).storage;
    }

    /** The front end's monitor set by {@link #monitor}, or null (a command that replaces the state puts it back). */
    public RunMonitor monitorInUse() {
        return guard.monitor();
    }

    /** Due time of the next live scheduled event, if any (for views: "next event at"). */
    public Optional<Long> nextEventTime() {
        return queue.isEmpty() ? Optional.empty() : Optional.of(queue.peekTime());
    }

    public int scheduledCount() {
        return queue.size();
    }

    // ---- network mode, crashes ----

    /** Switching to auto puts every message still in flight on its way. */
    public void setMode(Network.Mode mode) {
        network.setMode(mode);
        if (mode == Network.Mode.AUTO) {
            for (int m = 1; m <= messages.count(); m++) {
                if (messages.status(m) == MessageStatus.INFLIGHT && messages.dueAt(m) == MessageTable.NOT_SCHEDULED) {
                    schedule(m);
                }
            }
        }
    }

    /** The node stops: its process (volatile state) is discarded and its timers die with it. */
    public void crash(NodeId id) {
        SimNode node = upNode(id);
        node.up = false;
        node.incarnation++;
        node.process = null;
        node.lastEntry = trace.recordNote(EntryKind.CRASH, id.index(), now, 0, null, node.lastEntry);
        notifyObservers();
    }

    /** The node starts again with a fresh process around its surviving storage. */
    public void restart(NodeId id) {
        SimNode node = state(id);
        if (node.up) throw new LabException(id + " is already up (crash it first)");
        node.up = true;
        node.lastEntry = trace.recordNote(EntryKind.RESTART, id.index(), now, 0, null, node.lastEntry);
        node.process = node.newProcess();
        node.process.onStart(node.context);
        notifyObservers();
    }

    // ---- long commands and the trace's budget ----

    /** The front end's watcher for long commands (progress, Ctrl-C); kept until replaced; not copied by snapshots. */
    public void monitor(RunMonitor monitor) {
        guard.watch(monitor);
    }

    /** Memory the journal holds: trace, message table and event queue (an estimate, the same on every run). */
    public long traceBytes() {
        return trace.bytes() + messages.bytes() + queue.bytes();
    }

    private void checkTraceRoom() {
        guard.checkTraceRoom(trace.size(), this::traceBytes);
    }

    private void notifyObservers() {
        for (StepObserver o : observers) o.afterStep();
        if (watchers != null) for (Runnable w : watchers) w.run();
    }
    /**
     * Lets a snapshot share the journal's full chunks (trace and message table) instead of
     * copying them: both only grow, and a change to an old row copies its chunk first.
     */
    public void shareJournal(java.util.Set<Object> keep) {
        trace.share(keep);
        messages.share(keep);
    }

}
