package distlab.ui.tui;

import distlab.protocol.Style;

/**
 * The diagram pane's keys: h hides or shows heartbeats, c clients' columns, a shows
 * everything again; / searches the rows (from any pane, on an empty line), n and N jump to
 * the next older and newer match. A search pins the view on the match; End follows the
 * newest rows again. GUI thread.
 */
final class DiagramKeys {
    static final String KEYS = "h heartbeats  c clients  a all  / search  n/N next match  Home/End";

    private final TuiState st;
    private final Controller controller;
    private final TuiCommands commands;
    private int match = -1;

    DiagramKeys(TuiState st, Controller controller, TuiCommands commands) {
        this.st = st;
        this.controller = controller;
        this.commands = commands;
    }

    boolean key(char c) {
        switch (c) {
            case 'h' -> commands.setFilter(st.diagramFilter.withHeartbeatsHidden(!st.diagramFilter.hideHeartbeats()));
            case 'c' -> commands.setFilter(st.diagramFilter.withClientsHidden(!st.diagramFilter.hideClients()));
            case 'a' -> commands.setFilter(distlab.view.DiagramFilter.NONE);
            case 'n' -> next(true);
            case 'N' -> next(false);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Enter after /: finds the newest row that contains {@code text}; "" ends the search. */
    void search(String text) {
        st.diagramSearch = text;
        match = -1;
        if (text.isEmpty()) {
            st.console.add("(search ended)", Style.DIM);
            return;
        }
        st.focus = Pane.DIAGRAM;
        find(Integer.MAX_VALUE, true);
    }

    private void next(boolean older) {
        if (st.diagramSearch.isEmpty()) {
            st.console.add("(no search: / and a word searches the diagram)", Style.DIM);
            return;
        }
        find(match < 0 ? (older ? Integer.MAX_VALUE : -1) : match, older);
    }

    private void find(int from, boolean older) {
        String text = st.diagramSearch;
        controller.query(() -> {
            int row = controller.snapshots().find(text, from, older);
            controller.post(() -> show(text, row, older));
        });
    }

    private void show(String text, int row, boolean older) {
        if (!text.equals(st.diagramSearch)) return;
        if (row < 0) {
            st.console.add("(no " + (match < 0 ? "" : older ? "older " : "newer ") + "row of the diagram contains '" + text + "')", Style.DIM);
            return;
        }
        match = row;
        int rows = Math.max(1, st.snapshot.diagram().lines().size() - 1);
        st.diagramTop = Math.max(0, row - rows / 2);
    }
}
