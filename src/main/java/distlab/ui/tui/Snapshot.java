package distlab.ui.tui;

import distlab.protocol.Table;
import distlab.view.DiagramPage;
import java.util.List;

/**
 * What the screen shows of the session at one moment, built on the engine thread and handed
 * to the GUI thread: immutable, so the GUI never reads the live simulation.
 *
 * @param timeMicros   the virtual time to show (during an animation, the pacing clock)
 * @param nodeNames    the nodes, in the order of the cluster table
 * @param clients      those of them that are clients
 * @param cluster      the protocol's table, or null before the first spawn
 * @param diagram      the page of the space-time diagram the pane asked for
 * @param simulation   counts the simulations (reset and seed start a new one)
 * @param lectureId    the open lecture ("" if the course could not be read)
 * @param travel       where the view stands in the session's history (rewind, the timeline keys)
 */
public record Snapshot(long timeMicros, long seed, String protocol, List<String> nodeNames, List<String> clients, Table cluster,
                       DiagramPage diagram, int simulation, String lectureId, String lectureTitle, String lectureMarkdown, Travel travel) {
    public Snapshot(long timeMicros, long seed, String protocol, List<String> nodeNames, List<String> clients, Table cluster,
                    DiagramPage diagram, int simulation, String lectureId, String lectureTitle, String lectureMarkdown) {
        this(timeMicros, seed, protocol, nodeNames, clients, cluster, diagram, simulation, lectureId, lectureTitle, lectureMarkdown, Travel.NONE);
    }

    public Snapshot {
        nodeNames = List.copyOf(nodeNames);
        clients = List.copyOf(clients);
    }

    public static final Snapshot EMPTY = new Snapshot(0, 1, "none", List.of(), List.of(), null, DiagramPage.EMPTY, 0, "", "", "");

    public int nodes() {
        return nodeNames.size();
    }
}
