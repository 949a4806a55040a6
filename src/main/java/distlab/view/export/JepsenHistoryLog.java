package distlab.view.export;

import distlab.protocol.client.History;
import distlab.protocol.client.KvRequest;
import distlab.protocol.client.Op;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The client history in Jepsen's log format, as check-history reads it (docs/formats.md,
 * docs/history-checker.md): one line per invocation and per completion, in the order they
 * happened. One key gives a single register's history ({@code :write 3}, {@code :read nil},
 * {@code :cas [1 2]}); several keys a key-value one ({@code :write [x 3]}). An op whose
 * outcome is unknown (a timeout, or still pending at the end) completes with {@code :info}, and
 * its client then goes on as a new process, as in Jepsen; a failure with a known outcome is
 * {@code :fail} (it did not take effect).
 */
public final class JepsenHistoryLog {
    private JepsenHistoryLog() {}

    private record Line(long position, Op op, boolean invoke) {}

    public static String of(History history) {
        List<Op> invoked = history.ops().stream().filter(Op::invoked).toList();
        boolean register = invoked.stream().map(Op::key).distinct().count() <= 1;
        List<Line> lines = new ArrayList<>();
        for (Op op : invoked) {
            lines.add(new Line(op.invokePosition(), op, true));
            lines.add(new Line(op.status() == Op.Status.PENDING ? Long.MAX_VALUE : op.completePosition(), op, false));
        }
        lines.sort(Comparator.comparingLong(Line::position).thenComparingInt(l -> l.op().id()));
        TreeSet<String> clients = new TreeSet<>();
        for (Op op : invoked) clients.add(op.client().name());
        List<String> order = new ArrayList<>(clients);
        Map<String, Integer> process = new HashMap<>();
        for (int i = 0; i < order.size(); i++) process.put(order.get(i), i);
        StringBuilder out = new StringBuilder();
        for (Line l : lines) {
            Op op = l.op();
            String client = op.client().name();
            int p = process.get(client);
            String type;
            boolean showResult = false;
            if (l.invoke()) {
                type = ":invoke";
            } else if (op.status() == Op.Status.OK) {
                type = ":ok";
                showResult = true;
            } else if (op.status() == Op.Status.FAILED && op.outcomeKnown()) {
                type = ":fail";
            } else {
                type = ":info";
                process.put(client, p + order.size());
            }
            out.append("INFO  jepsen.util - ").append(p).append('\t').append(type).append('\t')
                    .append(function(op)).append('\t').append(value(op, register, showResult)).append('\n');
        }
        return out.toString();
    }

    private static String function(Op op) {
        if (op.request() instanceof KvRequest.Put) return ":write";
        if (op.request() instanceof KvRequest.Get) return ":read";
        return ":" + op.kind();
    }

    private static String value(Op op, boolean register, boolean result) {
        String v = "nil";
        if (op.request() instanceof KvRequest.Put p) v = edn(p.value());
        else if (op.request() instanceof KvRequest.Get) v = result ? edn(op.value()) : "nil";
        else if (op.request() instanceof KvRequest.Cas c) v = "[" + edn(c.expected()) + " " + edn(c.replacement()) + "]";
        return register ? v : "[" + edn(op.key()) + " " + v + "]";
    }

    /** A value as EDN: a number stays bare, none is nil, other text is a string. */
    private static String edn(String value) {
        if (value == null || value.equals("none")) return "nil";
        if (value.matches("-?\\d{1,18}")) return value;
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
