package distlab.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import distlab.protocol.Style;

/**
 * The keys (see {@link HelpText#KEYS}). Every F-key has a plain key too (F-keys are taken
 * by some terminals, or need Fn). Typing goes to the command line, but for the keys that
 * act on an empty line: symbols (? Space + - . / &lt; &gt;) in any pane, and letters in the
 * cluster pane (actions on the selected node) and the diagram pane (filters, search); a
 * letter that is no action there starts a command in the console.
 */
final class KeyHandler {
    private final TuiState st;
    private final Controller controller;
    private final TryItRunner tryIt;
    private final PresenterControl presenter;
    private final NodeActions nodes;
    private final DiagramKeys diagram;
    private final Mouse mouse;
    private boolean fullRedraw;

    KeyHandler(TuiState st, Controller controller, TryItRunner tryIt, PresenterControl presenter, NodeActions nodes, DiagramKeys diagram) {
        this.st = st;
        this.controller = controller;
        this.tryIt = tryIt;
        this.presenter = presenter;
        this.nodes = nodes;
        this.diagram = diagram;
        this.mouse = new Mouse(st, nodes);
    }

    /** True once after Ctrl-L or a resize: repaint every cell. */
    boolean takeFullRedraw() {
        boolean f = fullRedraw;
        fullRedraw = false;
        return f;
    }

    void handle(KeyStroke key) {
        KeyType type = key.getKeyType();
        if (type == KeyType.EOF) {
            controller.quit();
            return;
        }
        if (st.quitPrompt) {
            answerQuit(key);
            return;
        }
        if (st.forkPrompt != null) {
            answerFork(key);
            return;
        }
        if (ctrl(key, 'c')) {
            interrupt();
            return;
        }
        if (key instanceof MouseAction action) {
            mouse.handle(action);
            return;
        }
        if (st.helpOpen) {
            help(key);
            return;
        }
        if (st.historySearch != null) {
            historySearch(key);
            return;
        }
        switch (type) {
            case Escape -> escape();
            case F1 -> openHelp();
            case F2 -> st.maximised = !st.maximised;
            case F3 -> controller.slower();
            case F4 -> controller.faster();
            case F5 -> controller.runOrPause();
            case F7 -> tryIt.runNext();
            case F8 -> presenter.skip();
            case F10 -> controller.stepOne();
            case Tab -> {
                if (st.editor.isEmpty()) focus(st.focus.next());
                else if (!st.searchPrompt) controller.complete();
            }
            case ReverseTab -> focus(st.focus.previous());
            case Enter -> enter();
            case ArrowUp -> vertical(-1);
            case ArrowDown -> vertical(1);
            case PageUp -> st.scroll(st.focus, -page());
            case PageDown -> st.scroll(st.focus, page());
            case ArrowLeft -> horizontal(-1);
            case ArrowRight -> horizontal(1);
            case Home -> home(true);
            case End -> home(false);
            case Backspace -> st.editor.backspace();
            case Delete -> st.editor.delete();
            case Character -> character(key);
            default -> { }
        }
    }

    private static boolean ctrl(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && Character.toLowerCase(key.getCharacter()) == c;
    }

    /** Ctrl-C: stops a run; otherwise asks whether to leave. */
    private void interrupt() {
        if (controller.stopRun()) {
            st.console.add("(Ctrl-C stopped the run; the session goes on. To leave: Ctrl-C when no run is going, or quit)", Style.DIM);
            return;
        }
        askToQuit();
    }

    private void askToQuit() {
        st.quitPrompt = true;
        st.helpOpen = false;
    }

    private void answerQuit(KeyStroke key) {
        st.quitPrompt = false;
        boolean yes = ctrl(key, 'c') || key.getKeyType() == KeyType.Character && !key.isCtrlDown()
                && Character.toLowerCase(key.getCharacter()) == 'y';
        if (yes) controller.quit();
        else st.console.add("(staying)", Style.DIM);
    }

    /** y runs the line typed in the past, discarding the recorded future; any other key keeps it. */
    private void answerFork(KeyStroke key) {
        String line = st.forkPrompt;
        st.forkPrompt = null;
        if (key.getKeyType() == KeyType.Character && !key.isCtrlDown() && Character.toLowerCase(key.getCharacter()) == 'y') {
            controller.fork(line);
        } else {
            st.console.add("(kept the future; ] and } step forward through it, or type the line again)", Style.DIM);
        }
    }

    private void vertical(int delta) {
        switch (st.focus) {
            case CONSOLE -> {
                if (delta < 0) st.editor.previous();
                else st.editor.next();
            }
            case CLUSTER -> nodes.move(delta);
            default -> st.scroll(st.focus, delta);
        }
    }

    private void horizontal(int delta) {
        if (st.focus == Pane.LECTURE && st.editor.isEmpty()) {
            st.lectureShift = Math.max(0, Math.min(400, st.lectureShift + delta * 8));
            return;
        }
        if (delta < 0) st.editor.left();
        else st.editor.right();
    }

    /** Home and End: the line's start and end in the console; the top and the newest rows elsewhere. */
    private void home(boolean top) {
        if (st.focus == Pane.CONSOLE || !st.editor.isEmpty()) {
            if (top) st.editor.home();
            else st.editor.end();
        } else if (st.focus == Pane.DIAGRAM) {
            st.diagramTop = top ? 0 : -1;
        } else {
            st.scroll.put(st.focus, top ? 0 : 100_000);
        }
    }

    private void character(KeyStroke key) {
        char c = key.getCharacter();
        if (key.isCtrlDown()) {
            control(Character.toLowerCase(c));
            return;
        }
        if (key.isAltDown()) return;
        if (st.editor.isEmpty() && !st.searchPrompt && emptyLineKey(c)) return;
        if (c >= ' ') st.editor.insert(c);
    }

    private void control(char c) {
        switch (c) {
            case 'a' -> st.editor.home();
            case 'e' -> st.editor.end();
            case 'w' -> st.editor.deleteWord();
            case 'u' -> st.editor.clear();
            case 'l' -> fullRedraw = true;
            case 'o' -> st.maximised = !st.maximised;
            case 't' -> tryIt.runNext();
            case 'r' -> {
                if (!st.searchPrompt) st.historySearch = new HistorySearch(st.editor.history());
            }
            case 'd' -> {
                if (st.editor.isEmpty()) askToQuit();
                else st.editor.delete();
            }
            default -> { }
        }
    }

    /** The keys that act on an empty command line; true if {@code c} was one. */
    private boolean emptyLineKey(char c) {
        switch (c) {
            case '?' -> openHelp();
            case ' ' -> {
                if (st.running()) controller.togglePause();
                else if (st.presenter != null) presenter.next();
                else controller.runOrPause();
            }
            case '+' -> controller.faster();
            case '-' -> controller.slower();
            case '.' -> controller.stepOne();
            case '/' -> st.searchPrompt = true;
            case '<' -> presenter.back();
            case '>' -> presenter.skip();
            case '[' -> controller.travel(false, false);
            case ']' -> controller.travel(true, false);
            case '{' -> controller.travel(false, true);
            case '}' -> controller.travel(true, true);
            default -> {
                return paneKey(c);
            }
        }
        return true;
    }

    /** Letters in the cluster and diagram panes; any other letter there starts a command in the console. */
    private boolean paneKey(char c) {
        boolean acted = switch (st.focus) {
            case CLUSTER -> nodes.key(c);
            case DIAGRAM -> diagram.key(c);
            default -> false;
        };
        if (!acted && (st.focus == Pane.CLUSTER || st.focus == Pane.DIAGRAM) && c > ' ') focus(Pane.CONSOLE);
        return acted;
    }

    private void enter() {
        if (st.searchPrompt) {
            st.searchPrompt = false;
            diagram.search(st.editor.text().strip());
            st.editor.clear();
        } else if (!st.editor.isEmpty()) {
            controller.enter();
        } else if (st.presenter != null) {
            presenter.next();
        } else if (st.focus == Pane.LECTURE) {
            tryIt.runNext();
        }
    }

    private void escape() {
        if (controller.stopRun()) return;
        if (st.searchPrompt) {
            st.searchPrompt = false;
            st.editor.clear();
        } else if (st.maximised) {
            st.maximised = false;
        } else if (st.editor.isEmpty() && st.focus != Pane.CONSOLE) {
            focus(Pane.CONSOLE);
        } else {
            st.editor.clear();
        }
    }

    private void historySearch(KeyStroke key) {
        HistorySearch h = st.historySearch;
        HistorySearch.Outcome outcome = h.key(key);
        if (outcome == HistorySearch.Outcome.SEARCHING) return;
        st.historySearch = null;
        if (outcome == HistorySearch.Outcome.CANCEL || h.found().isEmpty()) return;
        st.editor.set(h.found());
        if (outcome == HistorySearch.Outcome.RUN) controller.enter();
    }

    private void openHelp() {
        st.helpOpen = true;
        st.helpScroll = 0;
    }

    private void help(KeyStroke key) {
        switch (key.getKeyType()) {
            case ArrowUp -> st.helpScroll = Math.max(0, st.helpScroll - 1);
            case ArrowDown -> st.helpScroll++;
            case PageUp -> st.helpScroll = Math.max(0, st.helpScroll - page());
            case PageDown -> st.helpScroll += page();
            case Home -> st.helpScroll = 0;
            case Escape, F1, Enter -> st.helpOpen = false;
            case Character -> {
                char c = key.getCharacter();
                if (c == 'q' || c == '?' || c == ' ') st.helpOpen = false;
            }
            default -> { }
        }
    }

    private void focus(Pane pane) {
        st.focus = pane;
    }

    private int page() {
        Rect r = st.layout == null ? null : st.layout.rect(st.focus);
        return r == null ? 10 : Math.max(1, r.innerHeight() - 1);
    }
}
