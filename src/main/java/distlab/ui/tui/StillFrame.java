package distlab.ui.tui;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;

/**
 * Draws whole frames from snapshots without the live UI's threads: what the benchmark
 * measures, and a way to look at a layout.
 */
public final class StillFrame {
    private final TerminalScreen screen;
    private final FrameRenderer renderer;
    private final TuiState state = new TuiState();

    public StillFrame(TerminalScreen screen, Palette palette) {
        this.screen = screen;
        this.renderer = new FrameRenderer(palette);
    }

    /** Draws every pane for this snapshot and sends the frame to the terminal. */
    public void draw(Snapshot snapshot, boolean complete) throws IOException {
        state.snapshot = snapshot;
        screen.doResizeIfNecessary();
        renderer.draw(screen, state);
        screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    /** Adds a line to the console pane. */
    public void console(String line) {
        state.console.add(line, distlab.protocol.Style.PLAIN);
    }
}
