package distlab.view.markdown;

import distlab.protocol.Span;
import distlab.protocol.Style;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders markdown (commonmark with GFM tables) to styled, wrapped lines for a terminal:
 * headings underlined, lists with hanging indents, code verbatim, tables aligned, and the
 * lecture's ```lab blocks marked as runnable "Try it" blocks.
 */
public final class MarkdownRenderer {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /** The caption of a Try-it block where no front end says how to run it. */
    public static final String TRY_IT = "▶ Try it (runnable in the lab)";

    private final int width;
    private final String tryItCaption;
    private final List<StyledLine> out = new ArrayList<>();

    private MarkdownRenderer(int width, String tryItCaption) {
        this.width = Math.max(20, width);
        this.tryItCaption = tryItCaption;
    }

    public static List<StyledLine> render(String markdown, int width) {
        return render(markdown, width, TRY_IT);
    }

    /** As {@link #render(String, int)}, each Try-it block captioned with {@code tryItCaption}. */
    public static List<StyledLine> render(String markdown, int width, String tryItCaption) {
        MarkdownRenderer r = new MarkdownRenderer(width, tryItCaption);
        r.blocks(PARSER.parse(markdown), "", "");
        while (!r.out.isEmpty() && r.out.get(r.out.size() - 1).spans().isEmpty()) r.out.remove(r.out.size() - 1);
        return r.out;
    }

    /** Plain text of the rendering, for script mode and the line REPL. */
    public static List<String> plain(String markdown, int width) {
        return render(markdown, width).stream().map(StyledLine::text).toList();
    }

    private void blocks(Node parent, String first, String rest) {
        String prefix = first;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, prefix, rest);
            prefix = rest;
        }
    }

    private void block(Node n, String first, String rest) {
        if (n instanceof Heading h) heading(h);
        else if (n instanceof Paragraph p) {
            out.addAll(Wrapper.wrap(inline(p), width, first, rest, Style.PLAIN));
            if (!(p.getParent() instanceof ListItem)) blank();
        } else if (n instanceof BulletList list) items(list, i -> "• ", first, rest);
        else if (n instanceof OrderedList list) items(list, i -> (list.getMarkerStartNumber() + i) + ". ", first, rest);
        else if (n instanceof FencedCodeBlock code) code(code.getLiteral(), code.getInfo(), first);
        else if (n instanceof IndentedCodeBlock code) code(code.getLiteral(), "", first);
        else if (n instanceof BlockQuote quote) blocks(quote, rest + "│ ", rest + "│ ");
        else if (n instanceof ThematicBreak) {
            out.add(new StyledLine(List.of(Span.styled("─".repeat(Math.min(width, 40)), Style.DIM))));
            blank();
        } else if (n instanceof TableBlock table) {
            out.addAll(TableText.render(table, this::inline, width));
            blank();
        } else if (n instanceof HtmlBlock) {
            return; // lecture text has no HTML worth showing in a terminal
        } else blocks(n, first, rest);
    }

    private void heading(Heading h) {
        String text = plainText(inline(h));
        out.add(new StyledLine(List.of(Span.styled(text, Style.HEADING))));
        if (h.getLevel() <= 2) {
            String rule = (h.getLevel() == 1 ? "═" : "─").repeat(Math.min(width, Math.max(3, text.length())));
            out.add(new StyledLine(List.of(Span.styled(rule, Style.HEADING))));
        }
        blank();
    }

    private interface Marker {
        String at(int index);
    }

    private void items(Node list, Marker marker, String first, String rest) {
        int i = 0;
        String prefix = first;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), i++) {
            String m = marker.at(i);
            blocks(item, prefix + m, rest + " ".repeat(m.length()));
            prefix = rest;
        }
        if (!(list.getParent() instanceof ListItem)) blank();
    }

    private void code(String literal, String info, String indent) {
        boolean lab = info != null && info.strip().equals("lab");
        if (lab) out.add(new StyledLine(List.of(Span.styled(indent + tryItCaption, Style.GOOD))));
        for (String line : literal.stripTrailing().split("\n", -1)) {
            out.add(new StyledLine(List.of(Span.styled(indent + "  " + line, Style.CODE))));
        }
        blank();
    }

    private void blank() {
        if (!out.isEmpty() && !out.get(out.size() - 1).spans().isEmpty()) out.add(StyledLine.BLANK);
    }

    List<Span> inline(Node parent) {
        List<Span> spans = new ArrayList<>();
        inline(parent, Style.PLAIN, spans);
        return spans;
    }

    private void inline(Node parent, Style style, List<Span> spans) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) spans.add(Span.styled(t.getLiteral(), style));
            else if (n instanceof Code c) spans.add(Span.styled(c.getLiteral(), Style.CODE));
            else if (n instanceof Emphasis) inline(n, style == Style.STRONG ? Style.STRONG : Style.EMPHASIS, spans);
            else if (n instanceof StrongEmphasis) inline(n, Style.STRONG, spans);
            else if (n instanceof SoftLineBreak) spans.add(Span.styled(" ", style));
            else if (n instanceof HardLineBreak) spans.add(Span.styled("\n", style));
            else if (n instanceof Link link) {
                inline(n, Style.EMPHASIS, spans);
                if (!link.getDestination().startsWith("#")) spans.add(Span.styled(" <" + link.getDestination() + ">", Style.DIM));
            } else inline(n, style, spans);
        }
    }

    static String plainText(List<Span> spans) {
        StringBuilder b = new StringBuilder();
        spans.forEach(s -> b.append(s.text()));
        return b.toString();
    }
}
