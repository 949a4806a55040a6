package distlab.ui.tui;

import distlab.protocol.Style;
import java.util.List;

/**
 * One-key actions on the node selected in the cluster pane (as k9s and lazygit do it):
 * j/k or the arrows move the selection; c crashes the node, r restarts it, t times it out
 * now (Raft: it starts an election), p puts a generated value through it (through the
 * selected client, else through c1), x cuts it off from the rest (partition), h heals. Each
 * key runs the command it stands for as if typed, so it is echoed, lands in the history and
 * can cut into a run like any typed line. GUI thread.
 */
final class NodeActions {
    private final TuiState st;
    private final Controller controller;
    private int puts;

    NodeActions(TuiState st, Controller controller) {
        this.st = st;
        this.controller = controller;
    }

    /** The keys, for help and the pane's title. */
    static final String KEYS = "j/k select  c crash  r restart  t timeout  p put  x cut off  h heal";

    /** Handles a key typed with the cluster pane focused; false if it is not one of these keys. */
    boolean key(char c) {
        switch (c) {
            case 'j' -> move(1);
            case 'k' -> move(-1);
            case 'c' -> act("crash");
            case 'r' -> act("restart");
            case 't' -> act("timeout");
            case 'p' -> put();
            case 'x' -> act("partition");
            case 'h' -> controller.typed("heal");
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Moves the selection down ({@code delta} 1) or up (-1) the node list. */
    void move(int delta) {
        List<String> nodes = st.snapshot.nodeNames();
        if (nodes.isEmpty()) return;
        int at = st.selected == null ? -1 : nodes.indexOf(st.selected);
        int next = at < 0 ? (delta > 0 ? 0 : nodes.size() - 1) : Math.max(0, Math.min(nodes.size() - 1, at + delta));
        st.selected = nodes.get(next);
    }

    void select(String node) {
        if (st.snapshot.nodeNames().contains(node)) st.selected = node;
    }

    private void act(String command) {
        String node = selected();
        if (node != null) controller.typed(command + " " + node);
    }

    private void put() {
        String node = selected();
        if (node == null) return;
        puts++;
        boolean client = st.snapshot.clients().contains(node);
        controller.typed("put x " + puts + (client ? " --client " + node : ""));
    }

    /** The selected node; with none, selects the first and says so (a key never acts on a node not chosen). */
    private String selected() {
        if (st.selected != null && st.snapshot.nodeNames().contains(st.selected)) return st.selected;
        if (st.snapshot.nodeNames().isEmpty()) {
            st.console.add("no nodes yet: spawn 3 (or spawn 5 raft) to begin", Style.DIM);
            return null;
        }
        move(1);
        st.console.add("(" + st.selected + " selected: press the key again to act on it; " + KEYS + ")", Style.DIM);
        return null;
    }
}
