package distlab.ui.tui;

import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.view.markdown.StyledLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Colours the text diagram by its glyphs, so the view's text (which golden transcripts
 * check) stays as it is: events bold, arrivals green, losses and crashes red, messages
 * still in flight dim, and the event annotations dim.
 */
final class DiagramStyler {
    private DiagramStyler() {}

    static List<StyledLine> style(List<String> lines) {
        List<StyledLine> out = new ArrayList<>(lines.size());
        for (String line : lines) out.add(line.startsWith("time") || line.startsWith("(") || line.startsWith("no nodes") ? header(line) : row(line));
        return out;
    }

    private static StyledLine header(String line) {
        return new StyledLine(List.of(Span.styled(line, line.startsWith("(") ? Style.DIM : Style.HEADING)));
    }

    private static StyledLine row(String line) {
        int notes = line.lastIndexOf("  ");
        List<Span> spans = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Style current = Style.PLAIN;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            Style s = notes >= 0 && i >= notes ? Style.DIM : glyph(c);
            if (s != current && run.length() > 0) {
                spans.add(Span.styled(run.toString(), current));
                run.setLength(0);
            }
            current = s;
            run.append(c);
        }
        if (run.length() > 0) spans.add(Span.styled(run.toString(), current));
        return new StyledLine(spans);
    }

    private static Style glyph(char c) {
        switch (c) {
            case '●', '○', '◆', '▲', '△', '▽':
                return Style.STRONG;
            case '─', '├', '┤', '▶', '◀':
                return Style.GOOD;
            case '╌', '▷', '◁', '┆':
                return Style.DIM;
            case '✕', '✖':
                return Style.BAD;
            case '↻':
                return Style.WARN;
            case '│':
                return Style.DIM;
            default:
                return Style.PLAIN;
        }
    }
}
