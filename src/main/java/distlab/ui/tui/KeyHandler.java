package distlab.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * The keys (see {@link HelpText#KEYS}). Typing always goes to the command line, whatever
 * pane has the focus; the single-key shortcuts that are also characters (?, Space, +, -)
 * act only while the command line is empty.
 */
final class KeyHandler {
    private final TuiState st;
    private final Controller controller;
    private boolean fullRedraw;

    KeyHandler(TuiState st, Controller controller) {
        this.st = st;
        this.controller = controller;
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
        if (type == KeyType.Character && key.isCtrlDown() && Character.toLowerCase(key.getCharacter()) == 'c') {
            controller.quit();
            return;
        }
        if (st.helpOpen) {
            help(key);
            return;
        }
        switch (type) {
            case Escape -> escape();
            case F1 -> openHelp();
            case F2 -> st.maximised = !st.maximised;
            case F3 -> controller.slower();
            case F4 -> controller.faster();
            case F5 -> controller.runOrPause();
            case F7 -> controller.runTryIt();
            case F8 -> controller.presenterSkip();
            case F10 -> controller.stepOne();
            case Tab -> {
                if (st.editor.isEmpty()) focus(st.focus.next());
                else controller.complete();
            }
            case ReverseTab -> focus(st.focus.previous());
            case Enter -> enter();
            case ArrowUp -> {
                if (st.focus == Pane.CONSOLE) st.editor.previous();
                else st.scroll(st.focus, -1);
            }
            case ArrowDown -> {
                if (st.focus == Pane.CONSOLE) st.editor.next();
                else st.scroll(st.focus, 1);
            }
            case PageUp -> st.scroll(st.focus, -page());
            case PageDown -> st.scroll(st.focus, page());
            case ArrowLeft -> st.editor.left();
            case ArrowRight -> st.editor.right();
            case Home -> st.editor.home();
            case End -> st.editor.end();
            case Backspace -> st.editor.backspace();
            case Delete -> st.editor.delete();
            case Character -> character(key);
            default -> { }
        }
    }

    private void character(KeyStroke key) {
        char c = key.getCharacter();
        if (key.isCtrlDown()) {
            switch (Character.toLowerCase(c)) {
                case 'a' -> st.editor.home();
                case 'e' -> st.editor.end();
                case 'w' -> st.editor.deleteWord();
                case 'u' -> st.editor.clear();
                case 'l' -> fullRedraw = true;
                case 'd' -> {
                    if (st.editor.isEmpty()) controller.quit();
                    else st.editor.delete();
                }
                default -> { }
            }
            return;
        }
        if (key.isAltDown()) return;
        if (st.editor.isEmpty()) {
            switch (c) {
                case '?' -> {
                    openHelp();
                    return;
                }
                case ' ' -> {
                    if (st.running()) controller.togglePause();
                    else if (st.presenter != null) controller.presenterNext();
                    return;
                }
                case '+' -> {
                    controller.faster();
                    return;
                }
                case '-' -> {
                    controller.slower();
                    return;
                }
                default -> { }
            }
        }
        if (c >= ' ') st.editor.insert(c);
    }

    private void enter() {
        if (!st.editor.isEmpty()) {
            controller.enter();
        } else if (st.presenter != null) {
            controller.presenterNext();
        } else if (st.focus == Pane.LECTURE) {
            controller.runTryIt();
        }
    }

    private void escape() {
        if (controller.stopRun()) return;
        if (st.maximised) st.maximised = false;
        else st.editor.clear();
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
