package distlab.protocol;

/** How a piece of a table cell should stand out; front ends map it to colours or not at all. */
public enum Style {
    PLAIN,
    DIM,
    STRONG,
    GOOD,
    BAD,
    WARN,
    HEADING,
    EMPHASIS,
    CODE,
    QUOTE
}
