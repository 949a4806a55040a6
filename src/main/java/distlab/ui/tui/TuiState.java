package distlab.ui.tui;

import distlab.view.DiagramFilter;
import distlab.view.markdown.MarkdownRenderer;
import distlab.view.markdown.StyledLine;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Everything the GUI thread knows and draws. Touched only on the GUI thread. */
final class TuiState {
    enum RunState { IDLE, RUNNING }

    /** What the caption of a lecture's Try-it block says in the lecture pane. */
    static final String TRY_IT_CAPTION = "▶ Try it: F7 or Ctrl-T runs it in a fresh session (seed 1)";

    final ConsoleBuffer console = new ConsoleBuffer();
    final LineEditor editor = new LineEditor();
    final Map<Pane, Integer> scroll = new EnumMap<>(Pane.class);

    Snapshot snapshot = Snapshot.EMPTY;
    Pane focus = Pane.CONSOLE;
    boolean maximised;
    boolean helpOpen;
    int helpScroll;
    List<HelpText.Line> help = List.of();
    RunState run = RunState.IDLE;
    boolean paused;
    long speed = Speeds.DEFAULT;
    Presenter presenter;
    boolean quit;
    /** Leaving was asked for (Ctrl-C, Ctrl-D): the next key says yes or no. */
    boolean quitPrompt;
    /** A line typed while the view shows the past: the next key says whether it forks a new future (y) or not. */
    String forkPrompt;
    Layout layout;
    /** Lines submitted whose result has not come back yet. */
    int linesInFlight;
    /** Of those, lines not started yet that may not run inside a run (they hold back the lines behind them). */
    int linesWaitingForRun;
    /** The node selected in the cluster pane, or null. */
    String selected;
    /** Columns the lecture pane is scrolled to the right (for wide figures). */
    int lectureShift;
    /** Ctrl-R: the history search under way, or null. */
    HistorySearch historySearch;

    // The diagram pane's view: first row shown (-1: following the newest), filter, search.
    int diagramTop = -1;
    DiagramFilter diagramFilter = DiagramFilter.NONE;
    String diagramSearch = "";
    /** True while '/' is reading a search into the command line. */
    boolean searchPrompt;

    private String renderedLectureKey = "";
    private List<StyledLine> renderedLecture = List.of();

    TuiState() {
        for (Pane p : Pane.values()) scroll.put(p, 0);
    }

    int scroll(Pane pane) {
        return scroll.get(pane);
    }

    void scroll(Pane pane, int delta) {
        if (pane == Pane.CONSOLE) {
            console.scroll(-delta);
            return;
        }
        if (pane == Pane.DIAGRAM) {
            scrollDiagram(delta);
            return;
        }
        scroll.put(pane, Math.max(0, Math.min(100_000, scroll.get(pane) + delta)));
    }

    /** Moves the diagram by rows; reaching the newest rows follows them again. */
    private void scrollDiagram(int delta) {
        var page = snapshot.diagram();
        int rows = Math.max(1, page.lines().size() - 1);
        int last = Math.max(0, page.total() - rows);
        if (last == 0) {
            diagramTop = -1;
            return;
        }
        int top = diagramTop < 0 ? page.top() : diagramTop;
        top = Math.max(0, Math.min(last, top + delta));
        diagramTop = top >= last && delta > 0 ? -1 : top;
    }

    /** The open lecture rendered for this width, cached until the lecture or width changes. */
    List<StyledLine> lecture(int width) {
        String key = snapshot.lectureId() + "@" + width + "#" + snapshot.lectureMarkdown().length();
        if (!key.equals(renderedLectureKey)) {
            renderedLecture = snapshot.lectureMarkdown().isEmpty()
                    ? List.of() : MarkdownRenderer.render(snapshot.lectureMarkdown(), width, TRY_IT_CAPTION);
            renderedLectureKey = key;
        }
        return renderedLecture;
    }

    boolean running() {
        return run == RunState.RUNNING;
    }
}
