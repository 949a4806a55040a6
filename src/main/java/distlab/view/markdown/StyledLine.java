package distlab.view.markdown;

import distlab.protocol.Span;
import java.util.List;
import java.util.stream.Collectors;

/** One rendered line: spans of styled text. Plain front ends print {@link #text()}. */
public record StyledLine(List<Span> spans) {
    public static final StyledLine BLANK = new StyledLine(List.of());

    public StyledLine {
        spans = List.copyOf(spans);
    }

    public String text() {
        return spans.stream().map(Span::text).collect(Collectors.joining());
    }
}
