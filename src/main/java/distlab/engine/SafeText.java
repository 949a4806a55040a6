package distlab.engine;

/**
 * Text on its way to a terminal. A payload may hold control characters (an escape sequence
 * could recolour, move or clear the user's screen), so they are shown escaped: {@code \x1b}.
 * And an error is one line that names what went wrong, so a giant word in it (a runaway
 * variable, a pasted blob) is cut to its start and its length.
 */
public final class SafeText {
    /** Longest word an error line repeats whole (a vector of a few hundred entries is one word). */
    public static final int MAX_WORD = 400;
    /** Of a longer word, how much is shown. */
    private static final int WORD_HEAD = 60;
    /** Longest error line. */
    public static final int MAX_MESSAGE = 4_000;

    private SafeText() {}

    /** Output text: control characters other than newline and tab escaped. */
    public static String forTerminal(String text) {
        if (text == null) return null;
        int first = firstUnsafe(text, false);
        if (first < 0) return text;
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) appendSafe(out, text.charAt(i), false);
        return out.toString();
    }

    /** One line for an error: control characters (newlines too) escaped, long words and long lines cut. */
    public static String oneLine(String text) {
        if (text == null) return null;
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_MESSAGE) + 32);
        int i = 0;
        while (i < text.length() && out.length() < MAX_MESSAGE) {
            int end = i;
            while (end < text.length() && text.charAt(end) != ' ') end++;
            if (end - i > MAX_WORD) {
                appendCut(out, text, i, end);
            } else {
                for (int k = i; k < end; k++) appendSafe(out, text.charAt(k), true);
            }
            if (end < text.length()) out.append(' ');
            i = end + 1;
        }
        if (i < text.length()) out.append("… (").append(text.length()).append(" characters in all)");
        return out.toString();
    }

    /** The start of a giant word and how long it was, e.g. {@code xxxxxxxx…(65536 characters)}. */
    private static void appendCut(StringBuilder out, String text, int from, int to) {
        for (int k = from; k < from + WORD_HEAD; k++) appendSafe(out, text.charAt(k), true);
        // Keep a closing quote or bracket, so that 'word…' still reads as a quoted word.
        char last = text.charAt(to - 1);
        out.append("…(").append(to - from).append(" characters)");
        if ("')]}\"".indexOf(last) >= 0) out.append(last);
    }

    private static int firstUnsafe(String text, boolean newlinesToo) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i), newlinesToo)) return i;
        }
        return -1;
    }

    private static void appendSafe(StringBuilder out, char c, boolean newlinesToo) {
        if (!unsafe(c, newlinesToo)) {
            out.append(c);
        } else if (c <= 0xFF) {
            out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
        } else {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
        }
    }

    /**
     * C0 and C1 controls and DEL, which terminals act on; and the bidirectional overrides,
     * which reorder what is shown ("Trojan Source", Boucher and Anderson 2021).
     */
    private static boolean unsafe(char c, boolean newlinesToo) {
        if (c == '\n' || c == '\t') return newlinesToo;
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
