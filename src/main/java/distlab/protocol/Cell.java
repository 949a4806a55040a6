package distlab.protocol;

import java.util.List;
import java.util.stream.Collectors;

/** One table cell: a sequence of spans. */
public record Cell(List<Span> spans) {
    public Cell {
        spans = List.copyOf(spans);
    }

    public static Cell of(String text) {
        return new Cell(List.of(Span.plain(text)));
    }

    public static Cell of(String text, Style style) {
        return new Cell(List.of(Span.styled(text, style)));
    }

    public String text() {
        return spans.stream().map(Span::text).collect(Collectors.joining());
    }
}
