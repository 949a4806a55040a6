package distlab.protocol.text;

import distlab.protocol.Cell;
import distlab.protocol.Span;
import distlab.protocol.Style;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the text protocols' cluster panes share: a copy of the text, marked when it differs from most. */
public final class TextViews {
    /** The text column shows at most this many characters, with the end cut. */
    public static final int WIDTH = 48;

    private TextViews() {}

    /** The text most up nodes hold (on a tie, the first in node order), or null when none is up. */
    public static String majority(List<String> upTexts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : upTexts) counts.merge(t, 1, Integer::sum);
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** {@code "plant"}, dimmed when the node is down, marked {@code (differs)} when up and not the majority's. */
    public static Cell text(String text, boolean up, String majority) {
        String shown = TextLimits.quoted(text.length() > WIDTH ? text.substring(0, WIDTH - 1) + "…" : text);
        if (!up) return Cell.of(shown, Style.DIM);
        if (majority != null && !text.equals(majority)) {
            return new Cell(List.of(Span.styled(shown, Style.WARN), Span.styled(" (differs)", Style.WARN)));
        }
        return Cell.of(shown);
    }

    /** Entries separated by commas, in the warning style; a dimmed dash when none. */
    public static Cell marked(List<String> entries) {
        if (entries.isEmpty()) return Cell.of("-", Style.DIM);
        List<Span> spans = new ArrayList<>();
        spans.add(Span.styled(String.join(", ", entries), Style.WARN));
        return new Cell(spans);
    }
}
