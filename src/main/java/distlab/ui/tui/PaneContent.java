package distlab.ui.tui;

import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.view.DiagramPage;
import distlab.view.markdown.StyledLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the lecture (or presenter), cluster and diagram panes show for their size: the lines
 * from the first one in view, the ones that stand out (the selected node, search matches),
 * and how far the lines are scrolled to the right.
 */
final class PaneContent {
    /** {@code highlighted}: indexes into {@code lines}; {@code shift}: columns scrolled right. */
    record Lines(List<StyledLine> lines, Set<Integer> highlighted, int shift) {
        static Lines of(List<StyledLine> lines) {
            return new Lines(lines, Set.of(), 0);
        }
    }

    private PaneContent() {}

    static Lines of(Pane pane, Rect r, TuiState st) {
        return switch (pane) {
            case DIAGRAM -> diagram(r, st);
            case CLUSTER -> cluster(r, st);
            default -> st.presenter != null ? presenter(r, st) : lecture(r, st);
        };
    }

    private static Lines presenter(Rect r, TuiState st) {
        int rows = r.innerHeight();
        Presenter.View v = st.presenter.view(r.innerWidth() - 1);
        return Lines.of(v.lines().subList(v.top(rows), v.lines().size()));
    }

    private static Lines lecture(Rect r, TuiState st) {
        List<StyledLine> all = st.lecture(r.innerWidth() - 1);
        if (all.isEmpty()) {
            all = List.of(plain(st.snapshot == Snapshot.EMPTY ? "(opening the course)" : "(the course could not be read)", Style.DIM));
        }
        int widest = 0;
        for (StyledLine l : all) widest = Math.max(widest, length(l));
        st.lectureShift = Math.max(0, Math.min(st.lectureShift, widest - r.innerWidth() + 1));
        return new Lines(scrolled(all, Pane.LECTURE, r, st), Set.of(), st.lectureShift);
    }

    private static Lines cluster(Rect r, TuiState st) {
        if (st.snapshot.cluster() == null) {
            return Lines.of(List.of(plain("no nodes yet: type spawn 3 (or spawn 5 raft) to begin", Style.DIM)));
        }
        List<StyledLine> all = ClusterView.render(st.snapshot.cluster(), r.innerWidth());
        List<StyledLine> shown = scrolled(all, Pane.CLUSTER, r, st);
        Set<Integer> selected = new HashSet<>();
        for (int i = 0; i < shown.size(); i++) {
            String first = shown.get(i).text().split(" ", 2)[0];
            if (first.equals(st.selected)) selected.add(i);
        }
        return new Lines(shown, selected, 0);
    }

    /**
     * The diagram page the engine rendered, and when it is not following the newest rows a
     * last line that says so (issue: a view left behind must say it is).
     */
    private static Lines diagram(Rect r, TuiState st) {
        DiagramPage page = st.snapshot.diagram();
        List<StyledLine> lines = new ArrayList<>(DiagramStyler.style(page.lines()));
        Set<Integer> highlighted = new HashSet<>(page.matches());
        if (!page.following() && page.total() > 0) {
            int newer = page.newerRows();
            String text = newer > 0 ? "▼ not following: " + newer + " newer row" + (newer == 1 ? "" : "s") + " below; End follows the newest"
                    : "■ not following (Home: oldest, End: follow the newest)";
            while (lines.size() > r.innerHeight() - 1 && lines.size() > 1) lines.remove(lines.size() - 1);
            highlighted.add(lines.size());
            lines.add(new StyledLine(List.of(Span.styled(text, Style.WARN))));
        }
        return new Lines(lines, highlighted, 0);
    }

    private static List<StyledLine> scrolled(List<StyledLine> all, Pane pane, Rect r, TuiState st) {
        int rows = r.innerHeight();
        int from = Math.max(0, Math.min(st.scroll(pane), all.size() - rows));
        st.scroll.put(pane, from);
        return all.subList(from, all.size());
    }

    static int length(StyledLine l) {
        int n = 0;
        for (Span s : l.spans()) n += s.text().length();
        return n;
    }

    static StyledLine plain(String text, Style style) {
        return new StyledLine(List.of(Span.styled(text, style)));
    }
}
