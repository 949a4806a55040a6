package distlab.check.linearizability;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a history is not linearizable, small enough to read: the failing partition (key), a
 * minimal set of operations that cannot be linearized (see {@link FailureMinimizer}), the
 * real-time order among them, and where each order allowed by it breaks.
 *
 * @param partitionKey the failing key; empty when the model does not partition
 * @param partitionSize operations in the failing partition
 * @param prefixSize operations in the earliest failing prefix the witness was taken from
 * @param operations the witness, in id order: alone, these cannot be linearized, whatever the
 *     other operations of the prefix did; relaxing any one of them would allow it
 * @param precedences real-time order among the witness (transitively reduced)
 * @param failedOrders orders cut at the first operation the model rejects (the first few found)
 * @param failedOrderCount how many such cut orders there are (at least, when truncated)
 * @param orderCount orders of the whole witness allowed by real time; -1 when too many to count
 * @param truncated the search for failed orders stopped early: there may be more
 * @param timeline the witness drawn as bars, one row per client, within {@link #WIDTH} columns
 */
public record FailureExplanation<I, O>(
        String partitionKey,
        int partitionSize,
        int prefixSize,
        List<Operation<I, O>> operations,
        List<Precedence> precedences,
        List<FailedOrder> failedOrders,
        int failedOrderCount,
        long orderCount,
        boolean truncated,
        List<String> timeline) {

    /** Width the rendering keeps within. */
    public static final int WIDTH = 80;
    private static final int ORDERS_SHOWN = 5;

    /** Operation {@code before} returned before operation {@code after} was called. */
    public record Precedence(int before, int after) {
        @Override
        public String toString() {
            return "op" + before + " returned before op" + after + " was called";
        }
    }

    /** An order (op ids) that breaks at its last operation, {@code culprit}, for {@code reason}. */
    public record FailedOrder(List<Integer> order, int culprit, String reason) {
        @Override
        public String toString() {
            return order.stream().map(id -> "op" + id).collect(Collectors.joining(" ")) + ": op" + culprit + " " + reason;
        }
    }

    public FailureExplanation {
        operations = List.copyOf(operations);
        precedences = List.copyOf(precedences);
        failedOrders = List.copyOf(failedOrders);
        timeline = List.copyOf(timeline);
    }

    /** Explains {@code history} with the default budget; empty when it is not (shown to be) non-linearizable. */
    public static <S, I, O> Optional<FailureExplanation<I, O>> explain(Model<S, I, O> model,
            List<Operation<I, O>> history) {
        return explain(model, history, Budget.defaultBudget());
    }

    /**
     * Explains {@code history}; empty when it is linearizable or undecided within {@code budget}.
     * The budget applies to each of the searches made while minimizing.
     */
    public static <S, I, O> Optional<FailureExplanation<I, O>> explain(Model<S, I, O> model,
            List<Operation<I, O>> history, Budget budget) {
        Optional<PartitionResult<I, O>> failing =
                LinearizabilityChecker.check(model, history, budget).firstFailingPartition();
        if (failing.isEmpty()) {
            return Optional.empty();
        }
        Partition<I, O> partition = failing.get().partition();
        FailureMinimizer.Witness<I, O> witness =
                new FailureMinimizer<>(model, budget).minimize(partition.operations());
        List<Operation<I, O>> ops = witness.requiredOperations();
        OrderAnalysis<S, I, O> analysis = new OrderAnalysis<>(model, witness.prefix(), witness.required());
        List<FailedOrder> found = analysis.failedOrders();
        return Optional.of(new FailureExplanation<>(partition.key(), partition.operations().size(),
                witness.prefix().size(), ops, analysis.precedences(),
                found.subList(0, Math.min(ORDERS_SHOWN, found.size())), found.size(), analysis.orderCount(), analysis.truncated(),
                TimelineRenderer.render(ops, model::describe, WIDTH)));
    }

    /** One line, e.g. {@code key x: op3 op7 op9 cannot be linearized: op9 read 1, but the register held 2}. */
    public String summary() {
        String where = partitionKey.isEmpty() ? "" : "key " + partitionKey + ": ";
        String names = operations.size() <= 6
                ? operations.stream().map(Operation::name).collect(Collectors.joining(" "))
                : operations.size() + " operations";
        String reason = failedOrders.isEmpty() ? "" : " (e.g. op" + failedOrders.get(0).culprit() + " "
                + failedOrders.get(0).reason() + ")";
        return where + names + " cannot be linearized" + reason;
    }

    /** A few paragraphs for a terminal, within {@link #WIDTH} columns. */
    public String render() {
        List<String> out = new ArrayList<>();
        String where = partitionKey.isEmpty() ? "" : " on key " + partitionKey;
        out.addAll(wrap("Not linearizable" + where + ". These " + operations.size()
                + " operations cannot be put in any order that a single copy of the data would allow:", ""));
        out.add("");
        timeline.forEach(line -> out.add("  " + line));
        out.add("");
        if (precedences.isEmpty()) {
            out.add("They all overlap in time, so real time does not order them.");
        } else {
            out.add("Real time orders them (an op that returned before another was called");
            out.add("must take effect first):");
            precedences.forEach(p -> out.add("  " + p));
        }
        out.add("");
        out.add(orderCount == 1 ? "The only order allowed by real time fails at its last op here:"
                : (orderCount < 0 ? "All the" : "All " + orderCount) + " orders allowed by real time fail; each breaks"
                        + " at its last op here:");
        failedOrders.forEach(f -> out.addAll(wrap("  " + f, "      ")));
        int more = failedOrderCount - failedOrders.size();
        if (more > 0) {
            String atLeast = truncated ? "at least " : "";
            out.add("  ... and " + atLeast + more + " more ways to start an order, all failing.");
        }
        out.add("");
        int others = prefixSize - operations.size();
        out.addAll(wrap("Taken from the first " + prefixSize + " of the " + partitionSize + " operations"
                + where + " (the history up to the moment it fails)"
                + (others > 0 ? "; whichever of the other " + others + " took effect, none can make this work." : "."),
                ""));
        return String.join("\n", out);
    }

    /** Word-wraps {@code text} to {@link #WIDTH}, keeping its indent; continuation lines get {@code indent}. */
    private static List<String> wrap(String text, String indent) {
        String stripped = text.stripLeading();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(text.substring(0, text.length() - stripped.length()));
        int lineStart = line.length();
        for (String word : stripped.split(" ")) {
            if (line.length() > lineStart && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
                lineStart = line.length();
            }
            if (line.length() > lineStart) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
