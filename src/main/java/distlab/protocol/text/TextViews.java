package distlab.protocol.text;

import distlab.protocol.Cell;
import distlab.protocol.Span;
import distlab.protocol.Style;
import java.util.ArrayList;
import java.util.List;

/** What the text protocols' cluster panes share: a copy of the text, marked when it differs from most. */
public final class TextViews {
    /** The text column shows at most this many characters, with the end cut. */
    public static final int WIDTH = 48;

    private TextViews() {}

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
