package distlab.ui.tui;

import distlab.engine.Timeline;

/**
 * Where the view stands in the session's history, for the status bar's timeline (like
 * RaftScope's slider): the events so far in this run and in the whole recorded history, the
 * commands in force and recorded, and whether this is the past (a recorded future follows).
 */
record Travel(int event, int lastEvent, int command, int commands, boolean past) {
    static final Travel NONE = new Travel(0, 0, 0, 0, false);

    static Travel of(Timeline t) {
        return new Travel(t.present().events(), t.lastEvent(), t.cursor(), t.stepCount(), t.viewing());
    }

    /** {@code e57/e120 ━━━━━●──────}: a bar of {@code width} cells with the view's place marked. */
    String bar(int width) {
        if (lastEvent <= 0 || width < 3) return "";
        int at = (int) Math.min(width - 1, (long) event * (width - 1) / lastEvent);
        return "━".repeat(at) + "●" + "─".repeat(width - 1 - at);
    }
}
