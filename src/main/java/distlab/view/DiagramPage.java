package distlab.view;

import java.util.List;

/**
 * A page of the space-time diagram for a pane.
 *
 * @param lines     the header line, then the rows
 * @param top       the index of the first row shown
 * @param total     how many rows the diagram has (with its filter)
 * @param following true if the page shows the newest rows and moves on as rows are added
 * @param matches   the indexes in {@code lines} of rows that match the search
 */
public record DiagramPage(List<String> lines, int top, int total, boolean following, List<Integer> matches) {
    public static final DiagramPage EMPTY = new DiagramPage(List.of("no nodes yet: spawn 3"), 0, 0, true, List.of());

    public DiagramPage {
        lines = List.copyOf(lines);
        matches = List.copyOf(matches);
    }

    /** Rows after the page that it does not show. */
    public int newerRows() {
        return Math.max(0, total - top - Math.max(0, lines.size() - 1));
    }
}
