package distlab.engine.explore;

import distlab.engine.Session;
import distlab.protocol.Property;
import distlab.protocol.ProtocolModule;
import distlab.sim.LabException;
import distlab.sim.RunMonitor;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.net.MessageStatus;
import distlab.sim.net.MessageTable;
import distlab.sim.node.NodeId;
import distlab.sim.node.TimerTag;
import distlab.sim.snapshot.StructuralHash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Breadth-first search over every choice of next step from the session's state (docs/commands.md,
 * explore): deliver any message in flight, fire any node's earliest timer, and if asked lose a
 * message or crash (and later restart) a node. Every state is checked against the protocol's
 * properties and the given invariants, or the goal; breadth first, so the first state found has
 * the shortest schedule.
 *
 * <p>A state is known by a 64-bit fingerprint (the protocol's state, which nodes are up, the
 * messages in flight as a multiset of sender, receiver and payload, each node's timers in firing
 * order, crashes used), never by message ids or times, which differ between equal states. A
 * state keeps only its parent's number and the move that reached it: to expand it, the search
 * restores the start and replays that path, so the ids of the printed schedule are the ones a
 * replay makes. Virtual time does not pass: a timer fires early, as a fast clock would fire it.
 */
public final class Explorer {
    private final Session session;
    private final ExploreOptions options;
    private final List<Condition> invariants;
    private final Condition goal;
    private final StructuralHash hash = new StructuralHash();
    private final LongSet seen;
    private Session.Checkpoint start;
    private RunMonitor monitor;
    /** The lowest message number in flight at the start: older messages are all finished. */
    private int firstMessage;
    /** Per stored state: its parent's number and the packed move from there. State 0 is the start. */
    private int[] parent = new int[1024];
    private int[] move = new int[1024];
    private int stored;
    private long explored;
    private int[] path = new int[64];
    /** The module's properties, read once: they are declarations, the same in every state. */
    private List<Property> properties;

    public Explorer(Session session, ExploreOptions options, List<Condition> invariants, Condition goal) {
        this.session = session;
        this.options = options;
        this.invariants = invariants;
        this.goal = goal;
        this.seen = new LongSet(Math.min(options.maxStates(), 1 << 16) * 2);
    }

    /** Searches; the session ends where it started, or in the state found when {@code stayThere}. */
    public ExploreResult run(boolean stayThere) {
        Simulation sim0 = session.sim();
        monitor = sim0.monitorInUse();
        firstMessage = firstInflight(sim0.messages());
        properties = session.module() == null ? List.of() : session.module().properties();
        start = session.checkpoint();
        try {
            return search(stayThere);
        } catch (RuntimeException e) {
            // A replay that cannot go on (the trace is full) ends the command with its one line,
            // and the session where it started.
            session.restore(start);
            throw e;
        } finally {
            session.sim().monitor(monitor);
        }
    }

    private ExploreResult search(boolean stayThere) {
        explored = 1;
        String broken = broken();
        if (broken != null) return found(broken, 0, -1, true);
        seen.add(fingerprint(0));
        parent[0] = -1;
        stored = 1;
        int layerStart = 0;
        int layerEnd = 1;
        int depth = 0;
        String stopped = null;
        while (layerStart < layerEnd && depth < options.maxDepth()) {
            for (int s = layerStart; s < layerEnd; s++) {
                int crashes = reach(s);
                int[] moves = moves(crashes);
                for (int i = 0; i < moves.length; i++) {
                    if (i > 0) reach(s);
                    int m = moves[i];
                    try {
                        apply(m);
                    } catch (LabException e) {
                        stopped = e.getMessage();
                        break;
                    }
                    explored++;
                    broken = broken();
                    if (broken != null) return found(broken, s, m, stayThere);
                    int childCrashes = crashes + (Move.kindOf(m) == Move.Kind.CRASH ? 1 : 0);
                    if (seen.add(fingerprint(childCrashes))) store(s, m);
                    stopped = bound();
                    if (stopped != null) break;
                }
                if (stopped != null) break;
            }
            if (stopped != null) break;
            layerStart = layerEnd;
            layerEnd = stored;
            depth++;
        }
        session.restore(start);
        boolean exhausted = stopped == null && layerStart == layerEnd;
        return new ExploreResult(explored, seen.size(), exhausted ? depth - 1 : depth, exhausted, stopped, null, seen.bytes());
    }

    /** Why to stop now: a bound reached, or the front end's Ctrl-C; null to go on. */
    private String bound() {
        if (seen.size() >= options.maxStates()) {
            return "reached " + String.format(Locale.ROOT, "%,d", options.maxStates()) + " states (--states N raises the bound)";
        }
        if (seen.bytes() + 8L * parent.length > options.memoryBytes()) {
            return "used the search's memory budget of " + (options.memoryBytes() >> 20) + " MB (docs/limits.md)";
        }
        if (monitor != null && explored % RunMonitor.EVERY == 0) {
            return monitor.checkpoint(session.sim().now(), RunMonitor.SEARCH, (int) Math.min(explored, Integer.MAX_VALUE));
        }
        return null;
    }

    private void store(int from, int m) {
        if (stored == parent.length) {
            parent = Arrays.copyOf(parent, stored * 2);
            move = Arrays.copyOf(move, stored * 2);
        }
        parent[stored] = from;
        move[stored] = m;
        stored++;
    }

    /** Puts the session in stored state {@code s} by replaying its path from the start; returns its crashes. */
    private int reach(int s) {
        session.restore(start);
        int n = pathTo(s);
        int crashes = 0;
        for (int i = n - 1; i >= 0; i--) {
            apply(path[i]);
            if (Move.kindOf(path[i]) == Move.Kind.CRASH) crashes++;
        }
        return crashes;
    }

    /** Fills {@link #path} with the moves from the start to {@code s}, last first; returns how many. */
    private int pathTo(int s) {
        int n = 0;
        for (int t = s; t > 0; t = parent[t]) {
            if (n == path.length) path = Arrays.copyOf(path, n * 2);
            path[n++] = move[t];
        }
        return n;
    }

    /** The state found: its schedule, and the session left there or put back at the start. */
    private ExploreResult found(String what, int from, int last, boolean stayThere) {
        List<String> notices = session.module() == null ? List.of() : session.module().takeNotices();
        List<Integer> moves = new ArrayList<>();
        int n = from == 0 && last < 0 ? 0 : pathTo(from);
        for (int i = n - 1; i >= 0; i--) moves.add(path[i]);
        if (last >= 0) moves.add(last);
        // Name the moves in the start state's terms by replaying them: node names never change,
        // and message ids are the ones this very replay gives.
        session.restore(start);
        List<String> schedule = new ArrayList<>();
        for (int m : moves) {
            schedule.add(Move.unpack(m).command(session.sim()));
            apply(m);
        }
        if (stayThere) {
            // Printed with the schedule already: the command's own notices would repeat them.
            if (session.module() != null) session.module().takeNotices();
        } else {
            session.restore(start);
        }
        boolean isGoal = goal != null && what.equals(goal.text());
        return new ExploreResult(explored, Math.max(seen.size(), 1), moves.size(), false, null,
                new ExploreResult.Found(what, isGoal, schedule, notices), seen.bytes());
    }

    /** The property or invariant the current state breaks, the goal if it holds here, or null. */
    private String broken() {
        if (goal != null) {
            if (goal.holds(false)) return goal.text();
        } else {
            ProtocolModule module = session.module();
            for (Property p : properties) {
                Value v = module.clusterValue(p.field());
                if (v != null && !Value.TRUE.equals(v)) return p.path();
            }
        }
        for (Condition c : invariants) if (!c.holds(true)) return c.text();
        return null;
    }

    /** The moves possible in the current state, in a fixed order. */
    private int[] moves(int crashes) {
        Simulation sim = session.sim();
        MessageTable messages = sim.messages();
        int[] out = new int[16];
        int n = 0;
        int count = messages.count();
        for (int m = firstMessage; m <= count; m++) {
            if (messages.status(m) != MessageStatus.INFLIGHT) continue;
            out = room(out, n + 2);
            out[n++] = Move.pack(Move.Kind.DELIVER, m);
            if (options.loss()) out[n++] = Move.pack(Move.Kind.DROP, m);
        }
        List<NodeId> nodes = sim.nodes();
        for (NodeId id : nodes) {
            if (!sim.isUp(id)) continue;
            if (!sim.pendingTimers(id).isEmpty()) {
                out = room(out, n + 1);
                out[n++] = Move.pack(Move.Kind.FIRE, id.index());
            }
        }
        if (options.crashes() > 0) {
            for (NodeId id : nodes) {
                out = room(out, n + 1);
                if (!sim.isUp(id)) out[n++] = Move.pack(Move.Kind.RESTART, id.index());
                else if (crashes < options.crashes()) out[n++] = Move.pack(Move.Kind.CRASH, id.index());
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int[] room(int[] a, int need) {
        return need <= a.length ? a : Arrays.copyOf(a, Math.max(need, a.length * 2));
    }

    private void apply(int packed) {
        Simulation sim = session.sim();
        int target = Move.targetOf(packed);
        switch (Move.kindOf(packed)) {
            case DELIVER -> sim.deliver(target);
            case DROP -> sim.drop(target);
            case FIRE -> sim.fireNextTimer(sim.node(target));
            case CRASH -> sim.crash(sim.node(target));
            case RESTART -> sim.restart(sim.node(target));
        }
    }

    /** The current state's fingerprint (see the class comment). */
    private long fingerprint(int crashes) {
        Simulation sim = session.sim();
        ProtocolModule module = session.module();
        long h = module == null ? 1 : module.fingerprint(sim, hash);
        for (NodeId id : sim.nodes()) {
            h = StructuralHash.combine(h, sim.isUp(id) ? 1 : 2);
            for (TimerTag t : sim.pendingTimers(id)) h = StructuralHash.combine(h, hash.of(t));
        }
        MessageTable messages = sim.messages();
        long inflight = 0;
        for (int m = firstMessage; m <= messages.count(); m++) {
            if (messages.status(m) != MessageStatus.INFLIGHT) continue;
            long one = StructuralHash.combine(StructuralHash.combine(messages.from(m), messages.to(m)), hash.of(messages.payload(m)));
            inflight += StructuralHash.mix(one);
        }
        h = StructuralHash.combine(h, inflight);
        return StructuralHash.combine(h, crashes);
    }

    private static int firstInflight(MessageTable messages) {
        for (int m = 1; m <= messages.count(); m++) if (messages.status(m) == MessageStatus.INFLIGHT) return m;
        return messages.count() + 1;
    }
}
