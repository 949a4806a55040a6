package distlab.ui.tui;

import distlab.engine.Session;
import distlab.lecture.Lecture;
import distlab.protocol.Table;
import distlab.sim.Simulation;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.view.DiagramFilter;
import distlab.view.DiagramIndex;
import distlab.view.DiagramPage;
import distlab.view.RoleLog;
import distlab.view.SpaceTimeDiagram;
import java.util.List;

/**
 * Builds {@link Snapshot}s on the engine thread, with the diagram page the GUI last asked
 * for. It keeps the diagram's row index and role log for the current simulation, so a
 * frame only looks at what is new.
 */
public final class SnapshotBuilder {
    /**
     * What the diagram pane wants: its size, where it is (-1: following), its filter and
     * search. A place is kept only in the simulation the pane saw ({@code simulation}): after
     * a reset the diagram follows the newest rows, whatever request is on its way.
     */
    record DiagramRequest(int rows, int width, int top, DiagramFilter filter, String search, int simulation) {}

    private final Session session;
    private volatile DiagramRequest request = new DiagramRequest(40, 100, -1, DiagramFilter.NONE, "", 0);
    // Engine thread only:
    private Simulation watched;
    private RoleLog roles;
    private DiagramIndex index;
    private int simulation;

    public SnapshotBuilder(Session session) {
        this.session = session;
    }

    /** From the GUI thread: the diagram pane's size, position, filter and search. */
    void request(DiagramRequest r) {
        request = new DiagramRequest(Math.max(1, r.rows()), Math.max(20, r.width()), r.top(), r.filter(), r.search(), r.simulation());
    }

    DiagramRequest request() {
        return request;
    }

    /** For benchmarks and still frames: the diagram pane's size. */
    public void setDiagramSize(int rows, int width) {
        request(new DiagramRequest(rows, width, -1, request.filter(), request.search(), 0));
    }

    /** Starts watching a new simulation's role changes (call before its first event, as soon as it exists). */
    void watch(Simulation sim) {
        if (sim == watched) return;
        watched = sim;
        roles = new RoleLog(sim, session::module);
        sim.watch(roles);
        index = null;
        simulation++;
    }

    public Snapshot build() {
        return build(session.sim().now());
    }

    public Snapshot build(long displayMicros) {
        Simulation sim = session.sim();
        if (sim != watched) watch(sim);
        Table cluster = session.module() == null ? null : session.module().clusterTable();
        DiagramRequest r = request;
        if (index == null || !index.filter().equals(r.filter())) index = new DiagramIndex(sim, r.filter(), roles);
        int top = r.simulation() == simulation ? r.top() : -1;
        DiagramPage diagram = SpaceTimeDiagram.page(index, top, r.rows(), r.width(), r.search());
        Lecture lecture = lecture();
        List<String> names = sim.nodes().stream().map(NodeId::name).toList();
        List<String> clients = sim.nodes().stream().filter(n -> sim.kind(n) == NodeKind.CLIENT).map(NodeId::name).toList();
        return new Snapshot(displayMicros, session.seed(), session.protocolName(), names, clients, cluster, diagram, simulation,
                lecture == null ? "" : lecture.id(), lecture == null ? "" : lecture.title(), lecture == null ? "" : lecture.markdown(),
                Travel.of(session.timeline()));
    }

    /** On the engine thread: the nearest diagram row matching {@code search} before or after row {@code from}; -1 if none. */
    int find(String search, int from, boolean older) {
        if (index == null) return -1;
        return SpaceTimeDiagram.find(index, search, from, older);
    }

    /** On the engine thread: the lecture the learner opened, else the course's first; null if the course cannot be read. */
    Lecture lecture() {
        try {
            return session.currentLecture().orElseGet(() -> session.course().all().get(0));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
