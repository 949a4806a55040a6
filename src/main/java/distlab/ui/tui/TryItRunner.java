package distlab.ui.tui;

import distlab.lecture.TryItBlocks;
import distlab.protocol.Style;
import java.util.List;

/**
 * F7 (or Ctrl-T, or Enter in the lecture pane): the open lecture's next Try-it block. Each
 * block runs in a fresh session with seed 1, as the lab's own tests run it and as the
 * lecture's text describes its output, and stops with one line at its first failure. The
 * lines run as if typed, in order, after whatever runs before them. GUI thread.
 */
final class TryItRunner {
    /** The line that gives a block its fresh session. */
    static final String FRESH = "seed 1";

    private final TuiState st;
    private final Controller controller;

    TryItRunner(TuiState st, Controller controller) {
        this.st = st;
        this.controller = controller;
    }

    void runNext() {
        Snapshot s = st.snapshot;
        List<TryItBlocks.Block> blocks = TryItBlocks.extract(s.lectureMarkdown());
        if (blocks.isEmpty()) {
            st.console.add("lecture " + s.lectureId() + " has no Try-it blocks", Style.DIM);
            return;
        }
        int index = st.tryItNext.getOrDefault(s.lectureId(), 0);
        if (index >= blocks.size()) {
            st.console.add("that was the last Try-it block of lecture " + s.lectureId() + "; F7 again starts from the first", Style.DIM);
            st.tryItNext.put(s.lectureId(), 0);
            return;
        }
        st.tryItNext.put(s.lectureId(), index + 1);
        String name = "Try it " + (index + 1) + " of " + blocks.size() + " (lecture " + s.lectureId() + ")";
        st.console.follow();
        ScriptGuard guard = new ScriptGuard();
        // Said when the block starts, which is after whatever runs before it.
        run(FRESH, name, guard, () -> {
            st.console.add("▶ " + name + ", in a fresh session (" + FRESH + ")", Style.GOOD);
            scrollLectureToBlock(index);
        });
        for (String line : TryItBlocks.commands(blocks.get(index))) run(line, name, guard, () -> { });
    }

    private void run(String line, String name, ScriptGuard guard, Runnable onStart) {
        controller.submit(line, Controller.Source.SCRIPT, guard, onStart, r -> {
            controller.show(r, "");
            if (r.failed()) st.console.add("■ " + name + " stopped at " + line + ": the rest of the block did not run", Style.WARN);
        });
    }

    private void scrollLectureToBlock(int index) {
        Rect r = st.layout == null ? null : st.layout.rect(Pane.LECTURE);
        int width = r == null ? 60 : r.innerWidth() - 1;
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
