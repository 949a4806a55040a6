package distlab.protocol.raft;

import distlab.protocol.Cell;
import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.protocol.Table;
import distlab.protocol.client.Op;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;

/**
 * The cluster pane for Raft (README.md, the terminal UI): per server its role, term, vote, commit point, the log
 * as entry terms tinted by term with {@code |} after the last committed entry, and either
 * the leader's per-follower progress (acked/sent) or the election timer's remaining time.
 * Clients show their op in flight. A broken safety property adds a last row.
 */
final class RaftTable {
    /** The log column shows at most this many of the newest entries. */
    static final int LOG_WINDOW = 16;

    private final RaftModule module;

    RaftTable(RaftModule module) {
        this.module = module;
    }

    Table build() {
        Table.Builder table = new Table.Builder("node", "role", "term", "vote", "commit", "log (terms)", "progress / timer");
        for (ServerHandle h : module.handles()) table.row(serverRow(h));
        Simulation sim = module.sim();
        for (NodeId id : sim.nodes()) {
            if (sim.process(id) instanceof RaftClient c) table.row(clientRow(id, c));
            else if (sim.kind(id) == distlab.sim.node.NodeKind.CLIENT) table.row(Cell.of(id.name(), Style.STRONG), Cell.of("down", Style.BAD));
        }
        Violation v = module.violation();
        if (v != null) table.row(Cell.of("cluster", Style.STRONG), Cell.of("UNSAFE", Style.BAD), Cell.of(""), Cell.of(""),
                Cell.of(""), Cell.of(v.toString(), Style.BAD), Cell.of(""));
        return table.build();
    }

    private List<Cell> serverRow(ServerHandle h) {
        RaftStorage storage = h.storage();
        RaftServer s = h.server();
        List<Cell> row = new ArrayList<>();
        row.add(Cell.of(h.name(), Style.STRONG));
        row.add(s == null ? Cell.of("down", Style.BAD) : role(s.role()));
        row.add(Cell.of(Integer.toString(storage.currentTerm())));
        row.add(Cell.of(storage.votedFor() == null ? "-" : storage.votedFor().name()));
        int commit = s == null ? 0 : s.commitLength();
        row.add(Cell.of(commit + "/" + storage.log().length()));
        row.add(logCell(storage.log(), s == null ? -1 : commit));
        row.add(Cell.of(s == null ? "" : progress(h, s), Style.DIM));
        return row;
    }

    private static Cell role(RaftServer.Role role) {
        return switch (role) {
            case LEADER -> Cell.of("leader", Style.GOOD);
            case CANDIDATE -> Cell.of("candidate", Style.WARN);
            case FOLLOWER -> Cell.of("follower");
        };
    }

    /** {@code 1 1 2|2 3}: entry terms tinted by term; {@code |} follows the last committed entry. */
    static Cell logCell(RaftLog log, int commit) {
        List<Span> spans = new ArrayList<>();
        int from = Math.max(0, log.length() - LOG_WINDOW);
        if (from > 0) spans.add(Span.styled("…", Style.DIM));
        if (commit == from && commit > 0) spans.add(Span.styled("|", Style.STRONG));
        for (int i = from; i < log.length(); i++) {
            if (i > from && i != commit) spans.add(Span.plain(" "));
            int term = log.term(i);
            spans.add(Span.tinted(Integer.toString(term), term));
            if (i + 1 == commit) spans.add(Span.styled("|", Style.STRONG));
        }
        if (spans.isEmpty()) spans.add(Span.styled("[]", Style.DIM));
        return new Cell(spans);
    }

    private String progress(ServerHandle h, RaftServer s) {
        if (s.role() == RaftServer.Role.LEADER) {
            StringBuilder b = new StringBuilder("acked/sent");
            for (NodeId peer : module.sim().servers()) {
                if (!peer.equals(h.id())) b.append(' ').append(peer).append(' ').append(s.ackedLength(peer)).append('/').append(s.sentLength(peer));
            }
            return b.toString();
        }
        String timer = s.electionDeadline() < 0 ? "" : "election in " + SimTime.format(s.electionDeadline() - module.sim().now());
        if (s.role() == RaftServer.Role.CANDIDATE) {
            return "votes " + s.votesReceived().size() + "/" + module.sim().servers().size() + ", " + timer;
        }
        return timer;
    }

    private static List<Cell> clientRow(NodeId id, RaftClient c) {
        Op op = c.currentOp();
        String doing = op == null ? "idle" : op.name() + " " + op.describe() + " -> " + c.target() + " (try " + c.attempts() + ")";
        return List.of(Cell.of(id.name(), Style.STRONG), Cell.of("client", Style.DIM), Cell.of(""), Cell.of(""), Cell.of(""),
                Cell.of(doing), Cell.of(""));
    }
}
