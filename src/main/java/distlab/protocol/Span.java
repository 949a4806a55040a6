package distlab.protocol;

/**
 * A run of text in a table cell. {@code tint} groups spans that share a colour, such as
 * Raft log entries of one term; -1 means none.
 */
public record Span(String text, Style style, int tint) {
    public static Span plain(String text) {
        return new Span(text, Style.PLAIN, -1);
    }

    public static Span styled(String text, Style style) {
        return new Span(text, style, -1);
    }

    public static Span tinted(String text, int tint) {
        return new Span(text, Style.PLAIN, tint);
    }
}
