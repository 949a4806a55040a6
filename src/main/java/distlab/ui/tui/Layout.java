package distlab.ui.tui;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where each pane goes for a terminal size. Wide terminals (at least {@value #WIDE} columns,
 * such as 160x48) show the lecture on the left and cluster, diagram and console stacked on
 * the right. Narrower ones (down to 80x24) stack cluster, one middle pane and console at
 * full width; the middle pane is the diagram, or the lecture while the lecture has the
 * focus. In presenter mode the narrow layout shows the script and the diagram both: cluster,
 * script, diagram and console stacked, so an audience sees the narration and what it
 * describes together. A maximised pane takes the screen but for a three-row console.
 * Terminals smaller than {@value #MIN_WIDTH}x{@value #MIN_HEIGHT} show only the console.
 * The last row is the status bar.
 */
final class Layout {
    static final int WIDE = 120;
    static final int MIN_WIDTH = 50;
    static final int MIN_HEIGHT = 14;

    private final Map<Pane, Rect> panes = new EnumMap<>(Pane.class);
    private final int statusRow;
    private final int columns;

    private Layout(int columns, int statusRow) {
        this.columns = columns;
        this.statusRow = statusRow;
    }

    /** {@code clusterRows}: the table's rows, header included, so the pane can fit them. */
    static Layout of(int columns, int rows, Pane focus, boolean maximised, int clusterRows) {
        return of(columns, rows, focus, maximised, clusterRows, false);
    }

    /** {@code presenter}: the lecture pane holds a presenter's script. */
    static Layout of(int columns, int rows, Pane focus, boolean maximised, int clusterRows, boolean presenter) {
        Layout l = new Layout(columns, rows - 1);
        int height = rows - 1;
        if (columns < MIN_WIDTH || rows < MIN_HEIGHT) {
            l.panes.put(Pane.CONSOLE, new Rect(0, 0, columns, height));
        } else if (maximised && focus == Pane.CONSOLE) {
            l.panes.put(Pane.CONSOLE, new Rect(0, 0, columns, height));
        } else if (maximised) {
            l.panes.put(focus, new Rect(0, 0, columns, height - 3));
            l.panes.put(Pane.CONSOLE, new Rect(0, height - 3, columns, 3));
        } else if (columns >= WIDE) {
            int left = Math.max(40, columns * 2 / 5);
            l.panes.put(Pane.LECTURE, new Rect(0, 0, left, height));
            l.stackRight(left, columns - left, height, clusterRows, Pane.DIAGRAM);
        } else if (presenter) {
            l.stackPresenter(columns, height, clusterRows);
        } else {
            l.stackRight(0, columns, height, clusterRows, focus == Pane.LECTURE ? Pane.LECTURE : Pane.DIAGRAM);
        }
        return l;
    }

    /** Narrow presenter mode: cluster, script, diagram, console. */
    private void stackPresenter(int width, int height, int clusterRows) {
        int console = Math.max(6, height / 5);
        int cluster = Math.max(3, Math.min(clusterRows + 2, height / 4));
        int rest = height - console - cluster;
        int script = Math.max(4, rest / 2);
        int diagram = rest - script;
        if (diagram < 4) {
            script = Math.max(3, rest - 4);
            diagram = rest - script;
        }
        panes.put(Pane.CLUSTER, new Rect(0, 0, width, cluster));
        panes.put(Pane.LECTURE, new Rect(0, cluster, width, script));
        panes.put(Pane.DIAGRAM, new Rect(0, cluster + script, width, diagram));
        panes.put(Pane.CONSOLE, new Rect(0, cluster + script + diagram, width, console));
    }

    private void stackRight(int x, int width, int height, int clusterRows, Pane middle) {
        int console = Math.max(8, height * 7 / 20);
        int cluster = Math.max(4, Math.min(clusterRows + 2, height * 2 / 5));
        int rest = height - console - cluster;
        if (rest < 4) {
            cluster = Math.max(3, cluster - (4 - rest));
            rest = height - console - cluster;
        }
        panes.put(Pane.CLUSTER, new Rect(x, 0, width, cluster));
        panes.put(middle, new Rect(x, cluster, width, rest));
        panes.put(Pane.CONSOLE, new Rect(x, cluster + rest, width, console));
    }

    /** The pane's place, or null when it is not shown. */
    Rect rect(Pane pane) {
        return panes.get(pane);
    }

    boolean shows(Pane pane) {
        return panes.containsKey(pane);
    }

    Map<Pane, Rect> panes() {
        return panes;
    }

    int statusRow() {
        return statusRow;
    }

    int columns() {
        return columns;
    }
}
