package distlab.ui.tui;

import java.util.ArrayList;
import java.util.List;

/** The console's command line: text, cursor, and the history that Up and Down walk. */
final class LineEditor {
    static final int MAX_HISTORY = 1_000;
    static final int MAX_LENGTH = 4_000;

    private final StringBuilder text = new StringBuilder();
    private int cursor;
    private final List<String> history = new ArrayList<>();
    /** Position in the history while walking it; history.size() means the line being typed. */
    private int historyIndex;
    private String draft = "";

    String text() { return text.toString(); }
    int cursor() { return cursor; }
    boolean isEmpty() { return text.length() == 0; }

    void insert(char c) {
        if (text.length() >= MAX_LENGTH) return;
        text.insert(cursor++, c);
    }

    void insert(String s) {
        for (char c : s.toCharArray()) insert(c);
    }

    void backspace() {
        if (cursor > 0) text.deleteCharAt(--cursor);
    }

    void delete() {
        if (cursor < text.length()) text.deleteCharAt(cursor);
    }

    void left() { cursor = Math.max(0, cursor - 1); }
    void right() { cursor = Math.min(text.length(), cursor + 1); }
    void home() { cursor = 0; }
    void end() { cursor = text.length(); }

    /** Ctrl-W: deletes the word before the cursor. */
    void deleteWord() {
        int start = cursor;
        while (start > 0 && text.charAt(start - 1) == ' ') start--;
        while (start > 0 && text.charAt(start - 1) != ' ') start--;
        text.delete(start, cursor);
        cursor = start;
    }

    /** Replaces the text between {@code from} and the cursor (a completed word). */
    void replace(int from, String replacement) {
        text.replace(from, cursor, replacement);
        cursor = from + replacement.length();
    }

    void clear() {
        text.setLength(0);
        cursor = 0;
        historyIndex = history.size();
    }

    /** Enter: returns the line and remembers it. */
    String accept() {
        String line = text.toString();
        if (!line.isBlank() && (history.isEmpty() || !history.get(history.size() - 1).equals(line))) {
            history.add(line);
            if (history.size() > MAX_HISTORY) history.remove(0);
        }
        clear();
        draft = "";
        return line;
    }

    void previous() {
        if (historyIndex == 0 || history.isEmpty()) return;
        if (historyIndex == history.size()) draft = text.toString();
        show(history.get(--historyIndex));
    }

    void next() {
        if (historyIndex >= history.size()) return;
        historyIndex++;
        show(historyIndex == history.size() ? draft : history.get(historyIndex));
    }

    private void show(String line) {
        text.setLength(0);
        text.append(line);
        cursor = text.length();
    }
}
