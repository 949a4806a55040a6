package distlab.ui.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * The console's command line: text, cursor, and the history that Up and Down walk (loaded
 * from the history file at start; the lines of this session are kept apart to be saved).
 */
final class LineEditor {
    static final int MAX_HISTORY = 1_000;
    static final int MAX_LENGTH = 4_000;

    private final StringBuilder text = new StringBuilder();
    private int cursor;
    private final List<String> history = new ArrayList<>();
    /** Position in the history while walking it; history.size() means the line being typed. */
    private int historyIndex;
    private String draft = "";
    private final List<String> sessionLines = new ArrayList<>();
    /** Characters typed or pasted past {@link #MAX_LENGTH} since the line was last cleared. */
    private int dropped;

    String text() { return text.toString(); }
    int cursor() { return cursor; }
    boolean isEmpty() { return text.length() == 0; }

    void insert(char c) {
        if (text.length() >= MAX_LENGTH) {
            dropped++;
            return;
        }
        text.insert(cursor++, c);
    }

    /** How many characters did not fit; a line that overflowed must not run cut short. */
    int dropped() { return dropped; }

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
        dropped = 0;
        historyIndex = history.size();
    }

    /** Enter: returns the line and remembers it. */
    String accept() {
        String line = text.toString();
        remember(line);
        clear();
        draft = "";
        return line;
    }

    /** Adds a line to the history (as Enter does), for lines run by a key. */
    void remember(String line) {
        if (line.isBlank()) return;
        if (history.isEmpty() || !history.get(history.size() - 1).equals(line)) {
            history.add(line);
            if (history.size() > MAX_HISTORY) history.remove(0);
        }
        if (sessionLines.size() < MAX_HISTORY * 10) sessionLines.add(line);
        historyIndex = history.size();
    }

    /** Lines from an earlier session, oldest first, before this session's. */
    void load(List<String> lines) {
        List<String> merged = new ArrayList<>(lines.subList(Math.max(0, lines.size() - MAX_HISTORY), lines.size()));
        merged.addAll(history);
        history.clear();
        history.addAll(merged.subList(Math.max(0, merged.size() - MAX_HISTORY), merged.size()));
        historyIndex = history.size();
    }

    /** The history, oldest first (for Ctrl-R). */
    List<String> history() {
        return List.copyOf(history);
    }

    /** The lines run in this session, in order. */
    List<String> sessionLines() {
        return List.copyOf(sessionLines);
    }

    /** Replaces the text (a line found by Ctrl-R), cursor at the end. */
    void set(String line) {
        show(line);
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
        dropped = 0;
        text.setLength(0);
        text.append(line);
        cursor = text.length();
    }
}
