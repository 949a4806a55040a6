package distlab.ui.tui;

import static org.junit.jupiter.api.Assertions.fail;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import distlab.engine.Session;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Predicate;

/**
 * The TUI on Lanterna's virtual terminal: keys in, screen text out. Keys go through a
 * blocking queue (the virtual terminal's own readInput holds its lock while it waits, which
 * would stop the GUI thread from drawing). Waits poll the screen until a condition holds.
 */
final class VirtualTui implements AutoCloseable {
    /** Long: the machine the tests run on may be busy, and a passing wait ends as soon as its condition holds. */
    static final long TIMEOUT_MILLIS = 60_000;

    final DefaultVirtualTerminal terminal;
    final Session session;
    final TuiApp app;
    private final LinkedBlockingQueue<KeyStroke> keys = new LinkedBlockingQueue<>();
    private final Thread gui;
    private volatile Throwable failure;

    VirtualTui(int columns, int rows, Presenter presenter, boolean monochrome) throws IOException {
        this(columns, rows, presenter, monochrome, null);
    }

    /** {@code historyFile}: the history the TUI reads at start and adds to on quit (null: none). */
    VirtualTui(int columns, int rows, Presenter presenter, boolean monochrome, java.nio.file.Path historyFile) throws IOException {
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        session = new Session(1);
        app = new TuiApp(screen, () -> {
            try {
                return keys.take();
            } catch (InterruptedException e) {
                return null;
            }
        }, session, new Palette(monochrome), presenter, historyFile);
        gui = new Thread(() -> {
            try {
                app.run();
            } catch (Throwable t) {
                failure = t;
            }
        }, "test-gui");
        gui.start();
        awaitScreen(s -> s.contains("Welcome to distlab"));
    }

    VirtualTui(int columns, int rows) throws IOException {
        this(columns, rows, null, false);
    }

    void type(String text) {
        for (char c : text.toCharArray()) keys.add(new KeyStroke(c, false, false));
    }

    void key(KeyType type) {
        keys.add(new KeyStroke(type));
    }

    void ctrl(char c) {
        keys.add(new KeyStroke(c, true, false));
    }

    /** A mouse action at a screen cell, as a terminal with mouse reporting sends it. */
    void mouse(com.googlecode.lanterna.input.MouseActionType type, int column, int row) {
        keys.add(new com.googlecode.lanterna.input.MouseAction(type, 1, new com.googlecode.lanterna.TerminalPosition(column, row)));
    }

    /** A presenter for a script given as text. */
    static Presenter presenter(String name, String script) {
        return Presenter.load(java.util.List.of(new distlab.ui.script.ScriptSource(name,
                new java.io.BufferedReader(new java.io.StringReader(script)))));
    }

    /** Types a line and Enter. */
    void command(String line) {
        type(line);
        key(KeyType.Enter);
    }

    String screen() {
        TerminalSize size = terminal.getTerminalSize();
        StringBuilder b = new StringBuilder();
        for (int y = 0; y < size.getRows(); y++) b.append(row(y)).append('\n');
        return b.toString();
    }

    String row(int y) {
        StringBuilder b = new StringBuilder();
        int columns = terminal.getTerminalSize().getColumns();
        for (int x = 0; x < columns; x++) {
            TextCharacter c = terminal.getCharacter(x, y);
            b.append(c == null ? " " : c.getCharacterString());
        }
        return b.toString();
    }

    /** The text of the rows from {@code top} to {@code bottom} (exclusive), between two columns. */
    List<String> region(int left, int top, int right, int bottom) {
        List<String> out = new ArrayList<>();
        for (int y = top; y < bottom; y++) {
            String r = row(y);
            out.add(r.substring(Math.min(left, r.length()), Math.min(right, r.length())));
        }
        return out;
    }

    /** The text inside the box whose title starts with {@code title} (a pane, or the help screen). */
    String pane(String title) {
        String s = screen();
        List<String> rows = s.lines().toList();
        for (int y = 0; y < rows.size(); y++) {
            String row = rows.get(y);
            int at = row.indexOf("─ " + title);
            if (at < 0) at = row.indexOf("═ " + title);
            if (at < 1) continue;
            int left = at - 1;
            int right = left + 1;
            while (right < row.length() && row.charAt(right) != '┐' && row.charAt(right) != '╗') right++;
            StringBuilder b = new StringBuilder();
            for (int r = y + 1; r < rows.size(); r++) {
                char corner = rows.get(r).charAt(left);
                if (corner == '└' || corner == '╚') break;
                b.append(rows.get(r), left + 1, Math.min(right, rows.get(r).length())).append('\n');
            }
            return b.toString();
        }
        return "";
    }

    String awaitScreen(Predicate<String> condition) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        String s = screen();
        while (!condition.test(s)) {
            if (failure != null) fail("the TUI failed", failure);
            if (System.currentTimeMillis() > deadline) fail("timed out; the screen shows:\n" + s);
            sleep(20);
            s = screen();
        }
        return s;
    }

    /** Waits until the console's lines (read on the GUI thread) satisfy the condition; returns them. */
    List<String> awaitConsole(Predicate<List<String>> condition) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        List<String> lines = app.consoleLines();
        while (!condition.test(lines)) {
            if (failure != null) fail("the TUI failed", failure);
            if (System.currentTimeMillis() > deadline) fail("timed out; the console has:\n" + String.join("\n", lines));
            sleep(20);
            lines = app.consoleLines();
        }
        return lines;
    }

    /** Presses {@code key} until the screen shows {@code text}, waiting for each press to show, at most {@code max} times. */
    String pressUntil(KeyType key, String text, int max) {
        pressUntil(key, s -> s.contains(text), max);
        return awaitText(text);
    }

    /** Presses {@code key} until the screen satisfies {@code condition}, waiting for each press to show, at most {@code max} times. */
    String pressUntil(KeyType key, Predicate<String> condition, int max) {
        String s = screen();
        for (int i = 0; i < max && !condition.test(s); i++) {
            String before = s;
            key(key);
            long deadline = System.currentTimeMillis() + 10_000;
            while (s.equals(before) && System.currentTimeMillis() < deadline) {
                sleep(20);
                s = screen();
            }
        }
        return awaitScreen(condition);
    }

    String awaitText(String text) {
        return awaitScreen(s -> s.contains(text));
    }

    /** Waits until the GUI thread has stopped (after quit). */
    void awaitExit() {
        try {
            gui.join(TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (gui.isAlive()) fail("the TUI did not quit; the screen shows:\n" + screen());
        if (failure != null) fail("the TUI failed", failure);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (gui.isAlive()) {
            app.requestQuit();
            awaitExit();
        }
    }
}
