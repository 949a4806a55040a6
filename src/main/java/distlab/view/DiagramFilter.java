package distlab.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rows and columns the diagram shows: heartbeats (and the replies to them) hidden or
 * not, clients' columns hidden or not, and, if {@code onlyNodes} is not empty, only those
 * nodes' columns and events.
 */
public record DiagramFilter(boolean hideHeartbeats, boolean hideClients, List<String> onlyNodes) {
    public static final DiagramFilter NONE = new DiagramFilter(false, false, List.of());

    public DiagramFilter {
        onlyNodes = List.copyOf(onlyNodes);
    }

    public boolean isNone() {
        return equals(NONE);
    }

    public DiagramFilter withHeartbeatsHidden(boolean hide) {
        return new DiagramFilter(hide, hideClients, onlyNodes);
    }

    public DiagramFilter withClientsHidden(boolean hide) {
        return new DiagramFilter(hideHeartbeats, hide, onlyNodes);
    }

    public DiagramFilter withOnly(List<String> nodes) {
        return new DiagramFilter(hideHeartbeats, hideClients, nodes);
    }

    /** {@code no heartbeats, no clients, only n1 n2}, or {@code everything}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (hideHeartbeats) parts.add("no heartbeats");
        if (hideClients) parts.add("no clients");
        if (!onlyNodes.isEmpty()) parts.add("only " + String.join(" ", onlyNodes));
        return parts.isEmpty() ? "everything" : String.join(", ", parts);
    }
}
