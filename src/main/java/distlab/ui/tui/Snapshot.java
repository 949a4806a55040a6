package distlab.ui.tui;

import distlab.protocol.Table;
import java.util.List;

/**
 * What the screen shows of the session at one moment, built on the engine thread and handed
 * to the GUI thread: immutable, so the GUI never reads the live simulation.
 *
 * @param timeMicros   the virtual time to show (during an animation, the pacing clock)
 * @param cluster      the protocol's table, or null before the first spawn
 * @param diagram      the space-time diagram's last rows, fitted to the pane
 * @param lectureId    the open lecture ("" if the course could not be read)
 */
public record Snapshot(long timeMicros, long seed, String protocol, int nodes, Table cluster,
                       List<String> diagram, String lectureId, String lectureTitle, String lectureMarkdown) {
    public Snapshot {
        diagram = List.copyOf(diagram);
    }

    public static final Snapshot EMPTY = new Snapshot(0, 1, "none", 0, null, List.of("no nodes yet: spawn 3"), "", "", "");
}
