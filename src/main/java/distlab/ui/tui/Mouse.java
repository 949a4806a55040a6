package distlab.ui.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.MouseAction;
import distlab.protocol.Cell;
import distlab.protocol.Span;
import java.util.List;
import java.util.Map;

/**
 * The mouse, where the terminal reports it: a click focuses the pane under it (and in the
 * cluster pane selects the node on that row); the wheel scrolls the pane under it.
 */
final class Mouse {
    private final TuiState st;
    private final NodeActions nodes;

    Mouse(TuiState st, NodeActions nodes) {
        this.st = st;
        this.nodes = nodes;
    }

    void handle(MouseAction action) {
        if (st.layout == null || st.helpOpen) return;
        TerminalPosition p = action.getPosition();
        for (Map.Entry<Pane, Rect> e : st.layout.panes().entrySet()) {
            Rect r = e.getValue();
            if (p.getColumn() < r.x() || p.getColumn() >= r.x() + r.width() || p.getRow() < r.y() || p.getRow() >= r.y() + r.height()) continue;
            Pane pane = e.getKey();
            switch (action.getActionType()) {
                case CLICK_DOWN -> {
                    st.focus = pane;
                    if (pane == Pane.CLUSTER) clickCluster(p.getRow() - r.innerY());
                }
                case SCROLL_UP -> st.scroll(pane, -3);
                case SCROLL_DOWN -> st.scroll(pane, 3);
                default -> { }
            }
            return;
        }
    }

    /** A click on the cluster table's row {@code row} (0: the header) selects that row's node. */
    private void clickCluster(int row) {
        var table = st.snapshot.cluster();
        int index = row - 1 + st.scroll(Pane.CLUSTER);
        if (table == null || row < 1 || index >= table.rows().size()) return;
        List<Cell> cells = table.rows().get(index);
        if (cells.isEmpty()) return;
        StringBuilder name = new StringBuilder();
        for (Span s : cells.get(0).spans()) name.append(s.text());
        nodes.select(name.toString().strip());
    }
}
