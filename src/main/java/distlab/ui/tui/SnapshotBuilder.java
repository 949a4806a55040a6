package distlab.ui.tui;

import distlab.engine.Session;
import distlab.lecture.Lecture;
import distlab.protocol.Table;
import distlab.view.SpaceTimeDiagram;
import java.util.List;

/** Builds {@link Snapshot}s on the engine thread, with the diagram sized as the GUI last asked. */
public final class SnapshotBuilder {
    private final Session session;
    private volatile int diagramRows = 40;
    private volatile int diagramWidth = 100;

    public SnapshotBuilder(Session session) {
        this.session = session;
    }

    /** From the GUI thread: the diagram pane's size (rows include any scroll-back). */
    public void setDiagramSize(int rows, int width) {
        diagramRows = Math.max(1, rows);
        diagramWidth = Math.max(20, width);
    }

    public Snapshot build() {
        return build(session.sim().now());
    }

    public Snapshot build(long displayMicros) {
        Table cluster = session.module() == null ? null : session.module().clusterTable();
        List<String> diagram = SpaceTimeDiagram.render(session.sim(), diagramRows, diagramWidth);
        Lecture lecture = lecture();
        return new Snapshot(displayMicros, session.seed(), session.protocolName(), session.sim().nodes().size(), cluster,
                diagram, lecture == null ? "" : lecture.id(), lecture == null ? "" : lecture.title(),
                lecture == null ? "" : lecture.markdown());
    }

    /** The lecture the learner opened, else the course's first. */
    private Lecture lecture() {
        try {
            return session.currentLecture().orElseGet(() -> session.course().all().get(0));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
