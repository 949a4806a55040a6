package distlab.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;

/**
 * Ctrl-R: finds the newest history line that contains what is typed; Ctrl-R again finds
 * the next older one. The line found replaces the command line when the search ends.
 */
final class HistorySearch {
    /** What a key does to the search: it goes on, ends with the line found (run it, or edit it), or is given up. */
    enum Outcome { SEARCHING, RUN, EDIT, CANCEL }

    private final List<String> history;
    private final StringBuilder query = new StringBuilder();
    private int match;

    HistorySearch(List<String> history) {
        this.history = history;
        this.match = history.size();
    }

    /** Ctrl-R again: older; Enter runs the line found; Esc or Ctrl-G give up; any other key keeps the line to edit. */
    Outcome key(KeyStroke key) {
        switch (key.getKeyType()) {
            case Character -> {
                char c = Character.toLowerCase(key.getCharacter());
                if (key.isCtrlDown() && c == 'r') older();
                else if (key.isCtrlDown() && c == 'g') return Outcome.CANCEL;
                else if (!key.isCtrlDown() && !key.isAltDown()) type(key.getCharacter());
                return Outcome.SEARCHING;
            }
            case Backspace -> {
                backspace();
                return Outcome.SEARCHING;
            }
            case Escape -> {
                return Outcome.CANCEL;
            }
            case Enter -> {
                return Outcome.RUN;
            }
            default -> {
                return Outcome.EDIT;
            }
        }
    }

    void type(char c) {
        query.append(c);
        find(Math.min(match, history.size() - 1));
    }

    void backspace() {
        if (query.length() > 0) query.setLength(query.length() - 1);
        find(history.size() - 1);
    }

    /** Ctrl-R again: the next older line that matches. */
    void older() {
        find(match - 1);
    }

    private void find(int from) {
        if (query.length() == 0) {
            match = history.size();
            return;
        }
        for (int i = from; i >= 0; i--) {
            if (history.get(i).contains(query)) {
                match = i;
                return;
            }
        }
    }

    /** The line found, or "" if none yet. */
    String found() {
        return match < history.size() && query.length() > 0 && history.get(match).contains(query) ? history.get(match) : "";
    }

    /** What the command line shows while searching. */
    String prompt() {
        String found = found();
        return "(history search) '" + query + "'" + (found.isEmpty() && query.length() > 0 ? " not found" : ": " + found);
    }
}
