package distlab.ui.tui;

/** The panes of the screen, in the order Tab visits them. */
public enum Pane {
    LECTURE("Lecture"),
    CLUSTER("Cluster"),
    DIAGRAM("Space-time diagram"),
    CONSOLE("Console");

    private final String title;

    Pane(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    Pane next() {
        return values()[(ordinal() + 1) % values().length];
    }

    Pane previous() {
        return values()[(ordinal() + values().length - 1) % values().length];
    }
}
