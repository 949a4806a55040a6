package distlab.view;

import distlab.sim.Simulation;
import distlab.sim.net.MessageTable;
import distlab.sim.node.NodeKind;
import distlab.sim.trace.EntryKind;
import distlab.sim.trace.Trace;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The rows of the space-time diagram for one filter: trace entries (all but timer notes)
 * and role changes, in order. It grows with the trace: {@link #update} looks only at the
 * entries added since the last call, so a frame costs what is new, not the whole trace.
 * A row is an entry number, or {@code -(i + 1)} for the {@code i}th role change.
 */
public final class DiagramIndex {
    private final Simulation sim;
    private final DiagramFilter filter;
    private final RoleLog roles;
    private int[] rows = new int[1024];
    private int size;
    private int scanned;
    private int rolesScanned;
    private final BitSet hiddenMessages = new BitSet();
    private int[] lastEntryOfNode = new int[0];
    private boolean[] visible = new boolean[0];
    /** Crash and restart entries, to know which lines are dotted at any row. */
    private int[] downChanges = new int[16];
    private int downChangeCount;

    /** {@code roles}: null for none. */
    public DiagramIndex(Simulation sim, DiagramFilter filter, RoleLog roles) {
        this.sim = sim;
        this.filter = filter;
        this.roles = roles;
    }

    public Simulation sim() { return sim; }
    public DiagramFilter filter() { return filter; }

    /** Takes in the entries and role changes recorded since the last call. */
    public DiagramIndex update() {
        Trace trace = sim.trace();
        growNodes();
        int end = trace.size();
        if (scanned == 0) addRoleChangesUpTo(-1);
        for (int e = scanned; e < end; e++) {
            scan(trace, e);
            addRoleChangesUpTo(e);
        }
        scanned = end;
        return this;
    }

    private void scan(Trace trace, int e) {
        EntryKind kind = trace.kind(e);
        int node = trace.node(e);
        int previous = lastEntryOfNode[node];
        lastEntryOfNode[node] = e;
        if (kind == EntryKind.CRASH || kind == EntryKind.RESTART) {
            if (downChangeCount == downChanges.length) downChanges = Arrays.copyOf(downChanges, downChangeCount * 2);
            downChanges[downChangeCount++] = e;
        }
        if (kind == EntryKind.TIMER) return;
        int m = trace.message(e);
        if (kind == EntryKind.SEND && filter.hideHeartbeats() && isHeartbeatTraffic(trace, e, m, previous)) hiddenMessages.set(m);
        if (m > 0 && hiddenMessages.get(m)) return;
        if (!visible[node]) return;
        add(e);
    }

    /** A heartbeat, or a message its receiver sends back to the sender while handling it (the reply). */
    private boolean isHeartbeatTraffic(Trace trace, int send, int m, int previous) {
        MessageTable messages = sim.messages();
        if (MessageLabels.isHeartbeat(messages.payload(m))) return true;
        if (previous < 0 || trace.kind(previous) != EntryKind.RECEIVE || trace.time(previous) != trace.time(send)) return false;
        int cause = trace.message(previous);
        return hiddenMessages.get(cause) && messages.from(cause) == messages.to(m);
    }

    private void addRoleChangesUpTo(int entry) {
        if (roles == null) return;
        while (rolesScanned < roles.size() && roles.get(rolesScanned).afterEntry() <= entry) {
            RoleLog.Change c = roles.get(rolesScanned);
            if (c.node() < visible.length && visible[c.node()]) add(-(rolesScanned + 1));
            rolesScanned++;
        }
    }

    private void add(int row) {
        if (size == rows.length) rows = Arrays.copyOf(rows, size * 2);
        rows[size++] = row;
    }

    private void growNodes() {
        int n = sim.nodes().size();
        if (visible.length == n) return;
        int old = visible.length;
        visible = Arrays.copyOf(visible, n);
        lastEntryOfNode = Arrays.copyOf(lastEntryOfNode, n);
        for (int i = old; i < n; i++) {
            lastEntryOfNode[i] = -1;
            boolean client = sim.kind(sim.node(i)) == NodeKind.CLIENT;
            String name = sim.node(i).name();
            visible[i] = !(filter.hideClients() && client) && (filter.onlyNodes().isEmpty() || filter.onlyNodes().contains(name));
        }
    }

    public int size() {
        return size;
    }

    /** The row's entry number, or {@code -(i + 1)} for role change {@code i}. */
    public int row(int i) {
        return rows[i];
    }

    public RoleLog.Change roleChange(int row) {
        return roles.get(-row - 1);
    }

    /** Whether node {@code i} has a column. */
    public boolean visible(int node) {
        return node < visible.length && visible[node];
    }

    /** The nodes down just before trace entry {@code entry}. */
    public boolean[] downBefore(int entry) {
        boolean[] down = new boolean[sim.nodes().size()];
        Trace trace = sim.trace();
        for (int i = 0; i < downChangeCount && downChanges[i] < entry; i++) {
            down[trace.node(downChanges[i])] = trace.kind(downChanges[i]) == EntryKind.CRASH;
        }
        return down;
    }
}
