package distlab.view.markdown;

import distlab.protocol.Span;
import distlab.protocol.Style;
import java.util.ArrayList;
import java.util.List;

/** Fills styled words into lines of a given width, with a prefix on the first and later lines. */
final class Wrapper {
    private Wrapper() {}

    static List<StyledLine> wrap(List<Span> inline, int width, String first, String rest, Style prefixStyle) {
        List<StyledLine> lines = new ArrayList<>();
        List<Span> line = new ArrayList<>();
        line.add(Span.styled(first, prefixStyle));
        int used = first.length();
        boolean lineHasWord = false;
        for (Span span : inline) {
            String[] chunks = span.text().split("((?<=\\n)|(?=\\n))|(?<= )");
            for (String chunk : chunks) {
                if (chunk.equals("\n")) {
                    lines.add(new StyledLine(line));
                    line = new ArrayList<>(List.of(Span.styled(rest, prefixStyle)));
                    used = rest.length();
                    lineHasWord = false;
                    continue;
                }
                if (chunk.isEmpty()) continue;
                String word = chunk;
                int visible = word.stripTrailing().length();
                if (lineHasWord && used + visible > width) {
                    lines.add(new StyledLine(trimEnd(line)));
                    line = new ArrayList<>(List.of(Span.styled(rest, prefixStyle)));
                    used = rest.length();
                    word = word.stripLeading();
                    if (word.isEmpty()) continue;
                }
                line.add(new Span(word, span.style(), span.tint()));
                used += word.length();
                lineHasWord = true;
            }
        }
        lines.add(new StyledLine(trimEnd(line)));
        return lines;
    }

    private static List<Span> trimEnd(List<Span> line) {
        if (line.isEmpty()) return line;
        Span last = line.get(line.size() - 1);
        List<Span> out = new ArrayList<>(line.subList(0, line.size() - 1));
        out.add(new Span(last.text().stripTrailing(), last.style(), last.tint()));
        return out;
    }
}
