package distlab.ui.tui;

import distlab.view.markdown.MarkdownRenderer;
import distlab.view.markdown.StyledLine;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything the GUI thread knows and draws. Touched only on the GUI thread. */
final class TuiState {
    enum RunState { IDLE, RUNNING }

    final ConsoleBuffer console = new ConsoleBuffer();
    final LineEditor editor = new LineEditor();
    final Map<Pane, Integer> scroll = new EnumMap<>(Pane.class);
    /** Try-it blocks already run, per lecture id. */
    final Map<String, Integer> tryItNext = new HashMap<>();

    Snapshot snapshot = Snapshot.EMPTY;
    Pane focus = Pane.CONSOLE;
    boolean maximised;
    boolean helpOpen;
    int helpScroll;
    List<StyledLine> help = List.of();
    RunState run = RunState.IDLE;
    boolean paused;
    long speed = Speeds.DEFAULT;
    Presenter presenter;
    boolean quit;
    Layout layout;

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
        int limit = pane == Pane.DIAGRAM ? 5_000 : 100_000;
        // The diagram counts rows up from its newest row; the others rows down from the top.
        int d = pane == Pane.DIAGRAM ? -delta : delta;
        scroll.put(pane, Math.max(0, Math.min(limit, scroll.get(pane) + d)));
    }

    /** The open lecture rendered for this width, cached until the lecture or width changes. */
    List<StyledLine> lecture(int width) {
        String key = snapshot.lectureId() + "@" + width + "#" + snapshot.lectureMarkdown().length();
        if (!key.equals(renderedLectureKey)) {
            renderedLecture = snapshot.lectureMarkdown().isEmpty()
                    ? List.of() : MarkdownRenderer.render(snapshot.lectureMarkdown(), width);
            renderedLectureKey = key;
        }
        return renderedLecture;
    }

    boolean running() {
        return run == RunState.RUNNING;
    }
}
