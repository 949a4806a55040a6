package distlab.ui.tui;

import distlab.engine.Result;
import distlab.lecture.Lecture;
import distlab.lecture.TryItBlocks;
import distlab.protocol.Style;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * F7 (or Ctrl-T, or Enter in the lecture pane): the open lecture's next Try-it block. Each
 * block runs in a fresh session with seed 1, as the lab's own tests run it and as the
 * lecture's text describes its output, and stops with one line at its first failure. The
 * key takes its place among the lines typed before and after it: the block is one task on
 * the engine thread, which also looks up the lecture then (a {@code lecture 4.1} typed just
 * before F7 counts).
 */
final class TryItRunner {
    /** The line that gives a block its fresh session. */
    static final String FRESH = "seed 1";

    private final TuiState st;
    private final Controller controller;
    private final SnapshotBuilder snapshots;
    /** Blocks already run, per lecture id. Engine thread only. */
    private final Map<String, Integer> next = new HashMap<>();

    TryItRunner(TuiState st, Controller controller) {
        this.st = st;
        this.controller = controller;
        this.snapshots = controller.snapshots();
    }

    void runNext() {
        st.linesInFlight++;
        st.console.follow();
        controller.onEngine(() -> {
            try {
                runNextOnEngine();
            } finally {
                controller.post(() -> st.linesInFlight--);
            }
        });
    }

    private void runNextOnEngine() {
        Lecture lecture = snapshots.lecture();
        if (lecture == null) return;
        List<TryItBlocks.Block> blocks = TryItBlocks.extract(lecture.markdown());
        String id = lecture.id();
        if (blocks.isEmpty()) {
            say("lecture " + id + " has no Try-it blocks", Style.DIM);
            return;
        }
        int index = next.getOrDefault(id, 0);
        if (index >= blocks.size()) {
            next.put(id, 0);
            say("that was the last Try-it block of lecture " + id + "; F7 again starts from the first", Style.DIM);
            return;
        }
        next.put(id, index + 1);
        String name = "Try it " + (index + 1) + " of " + blocks.size() + " (lecture " + id + ")";
        controller.post(() -> {
            st.console.add("▶ " + name + ", in a fresh session (" + FRESH + ")", Style.GOOD);
            scrollLectureToBlock(index);
        });
        List<String> lines = new ArrayList<>();
        lines.add(FRESH);
        lines.addAll(TryItBlocks.commands(blocks.get(index)));
        for (String line : lines) {
            Result r = controller.runOnEngine(line);
            controller.post(() -> controller.show(r, ""));
            if (r.failed()) {
                say("■ " + name + " stopped at " + line + ": the rest of the block did not run", Style.WARN);
                return;
            }
        }
    }

    private void say(String text, Style style) {
        controller.post(() -> st.console.add(text, style));
    }

    /** GUI thread: the lecture pane shows the block that runs. */
    private void scrollLectureToBlock(int index) {
        Rect r = st.layout == null ? null : st.layout.rect(Pane.LECTURE);
        // Hidden (a narrow screen shows it in the diagram's place when focused): its width then is the screen's.
        int width = r != null ? r.innerWidth() - 1 : st.layout == null ? 60 : st.layout.columns() - 3;
        var lines = st.lecture(width);
        int seen = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().strip().startsWith("▶ Try it") && ++seen == index) {
                st.scroll.put(Pane.LECTURE, Math.max(0, i - 2));
                return;
            }
        }
    }
}
