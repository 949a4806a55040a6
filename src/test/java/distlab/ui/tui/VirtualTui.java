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
    static final long TIMEOUT_MILLIS = 20_000;

    final DefaultVirtualTerminal terminal;
    final Session session;
    final TuiApp app;
    private final LinkedBlockingQueue<KeyStroke> keys = new LinkedBlockingQueue<>();
    private final Thread gui;
    private volatile Throwable failure;

    VirtualTui(int columns, int rows, Presenter presenter, boolean monochrome) throws IOException {
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
        }, session, new Palette(monochrome), presenter);
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
            ctrl('c');
            awaitExit();
        }
    }
}
