package distlab.ui.tui;

/** A rectangle of screen cells, border included. */
record Rect(int x, int y, int width, int height) {
    /** The cells inside the border. */
    int innerX() { return x + 1; }
    int innerY() { return y + 1; }
    int innerWidth() { return Math.max(0, width - 2); }
    int innerHeight() { return Math.max(0, height - 2); }

    boolean visible() {
        return width >= 4 && height >= 3;
    }
}
