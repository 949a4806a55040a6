package distlab.ui.tui;

/** A script that stops at its first failure (a Try-it block): once stopped, its later lines are skipped. Engine thread only. */
final class ScriptGuard {
    private boolean stopped;

    boolean stopped() {
        return stopped;
    }

    void stop() {
        stopped = true;
    }
}
