package distlab.ui.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import distlab.protocol.Style;
import java.util.Map;

/**
 * Colours for styles and tints. With {@code NO_COLOR} set (no-color.org) everything is
 * monochrome: bold and reverse video only.
 */
public final class Palette {
    /** Tints (such as Raft terms) cycle through these colours. */
    private static final TextColor[] TINTS = {
        TextColor.ANSI.CYAN, TextColor.ANSI.GREEN, TextColor.ANSI.YELLOW, TextColor.ANSI.MAGENTA,
        TextColor.ANSI.BLUE_BRIGHT, TextColor.ANSI.RED_BRIGHT, TextColor.ANSI.GREEN_BRIGHT, TextColor.ANSI.CYAN_BRIGHT,
    };

    private final boolean monochrome;

    public Palette(boolean monochrome) {
        this.monochrome = monochrome;
    }

    /** Monochrome when the environment has a non-empty NO_COLOR. */
    public static Palette forEnvironment(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return new Palette(noColor != null && !noColor.isEmpty());
    }

    public boolean monochrome() {
        return monochrome;
    }

    void reset(TextGraphics g) {
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        g.clearModifiers();
    }

    /** Sets {@code g} up to draw a span of this style and tint (-1: none). */
    void apply(TextGraphics g, Style style, int tint) {
        reset(g);
        if (tint >= 0) {
            if (monochrome) {
                if (tint % 2 == 1) g.enableModifiers(SGR.REVERSE);
            } else {
                g.setForegroundColor(TINTS[tint % TINTS.length]);
            }
        }
        if (monochrome) {
            switch (style) {
                case STRONG, BAD, WARN, HEADING -> g.enableModifiers(SGR.BOLD);
                default -> { }
            }
            return;
        }
        switch (style) {
            case DIM, QUOTE -> g.setForegroundColor(TextColor.ANSI.BLACK_BRIGHT);
            case STRONG -> g.enableModifiers(SGR.BOLD);
            case GOOD -> g.setForegroundColor(TextColor.ANSI.GREEN);
            case BAD -> {
                g.setForegroundColor(TextColor.ANSI.RED);
                g.enableModifiers(SGR.BOLD);
            }
            case WARN -> g.setForegroundColor(TextColor.ANSI.YELLOW);
            case HEADING -> {
                g.setForegroundColor(TextColor.ANSI.CYAN);
                g.enableModifiers(SGR.BOLD);
            }
            case EMPHASIS -> g.enableModifiers(SGR.ITALIC);
            case CODE -> g.setForegroundColor(TextColor.ANSI.BLUE_BRIGHT);
            default -> { }
        }
    }

    /** Reverse video on top of the style set: the selected node, a search match. */
    void highlight(TextGraphics g) {
        g.enableModifiers(SGR.REVERSE);
    }

    void border(TextGraphics g, boolean focused) {
        reset(g);
        if (focused) {
            g.enableModifiers(SGR.BOLD);
            if (!monochrome) g.setForegroundColor(TextColor.ANSI.CYAN_BRIGHT);
        } else if (!monochrome) {
            g.setForegroundColor(TextColor.ANSI.BLACK_BRIGHT);
        }
    }

    void title(TextGraphics g, boolean focused) {
        reset(g);
        g.enableModifiers(SGR.BOLD);
        if (focused) g.enableModifiers(SGR.REVERSE);
    }

    void statusBar(TextGraphics g) {
        reset(g);
        g.enableModifiers(SGR.REVERSE);
    }

    /** A run of the status bar that should stand out (running, paused). */
    void statusAccent(TextGraphics g, boolean alarm) {
        statusBar(g);
        g.enableModifiers(SGR.BOLD);
        if (!monochrome) {
            g.clearModifiers();
            g.setBackgroundColor(alarm ? TextColor.ANSI.YELLOW : TextColor.ANSI.GREEN);
            g.setForegroundColor(TextColor.ANSI.BLACK);
        }
    }
}
