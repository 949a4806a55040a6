package distlab.check.linearizability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Random register histories for property tests, reproducible from a seed. */
final class RandomHistories {
    private static final String[] VALUES = {"1", "2", "3"};

    private RandomHistories() {}

    /**
     * Runs {@code count} random operations one after the other against a real register, then widens
     * each operation's interval around its moment of effect; some become timeouts or never return.
     * Linearizable by construction: the real execution order is a witness.
     */
    static List<Operation<RegisterOp, RegisterResult>> sequentialThenWidened(Random random, int count) {
        String held = null;
        List<Operation<RegisterOp, RegisterResult>> ops = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RegisterOp input = randomInput(random);
            RegisterResult output;
            if (input instanceof RegisterOp.Read) {
                output = RegisterResult.value(held);
            } else if (input instanceof RegisterOp.Write w) {
                held = w.value();
                output = RegisterResult.ok();
            } else {
                RegisterOp.Cas cas = (RegisterOp.Cas) input;
                boolean matches = cas.expected().equals(held);
                if (matches) {
                    held = cas.replacement();
                }
                output = matches ? RegisterResult.ok() : RegisterResult.fail();
            }
            long effect = 100L * (i + 1);
            long call = effect - 1 - random.nextInt(250);
            long ret = effect + 1 + random.nextInt(250);
            String client = "c" + i;
            int fate = random.nextInt(10);
            ops.add(fate == 0 ? Operation.open(i, client, call, input)
                    : fate == 1 ? Operation.unknownOutcome(i, client, call, ret, input)
                    : Operation.completed(i, client, call, ret, input, output));
        }
        return byCall(ops);
    }

    /** Up to {@code maxOps} operations with random intervals and random answers: often not linearizable. */
    static List<Operation<RegisterOp, RegisterResult>> arbitrary(Random random, int maxOps) {
        int count = 1 + random.nextInt(maxOps);
        List<Operation<RegisterOp, RegisterResult>> ops = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RegisterOp input = randomInput(random);
            RegisterResult output;
            if (input instanceof RegisterOp.Read) {
                int v = random.nextInt(VALUES.length + 1);
                output = RegisterResult.value(v == VALUES.length ? null : VALUES[v]);
            } else if (input instanceof RegisterOp.Write) {
                output = RegisterResult.ok();
            } else {
                output = random.nextBoolean() ? RegisterResult.ok() : RegisterResult.fail();
            }
            long call = random.nextInt(40);
            long ret = call + random.nextInt(15);
            String client = "c" + i;
            int fate = random.nextInt(8);
            ops.add(fate == 0 ? Operation.open(i, client, call, input)
                    : fate == 1 ? Operation.unknownOutcome(i, client, call, ret, input)
                    : Operation.completed(i, client, call, ret, input, output));
        }
        return byCall(ops);
    }

    private static RegisterOp randomInput(Random random) {
        String a = VALUES[random.nextInt(VALUES.length)];
        String b = VALUES[random.nextInt(VALUES.length)];
        return switch (random.nextInt(3)) {
            case 0 -> RegisterOp.read();
            case 1 -> RegisterOp.write(a);
            default -> RegisterOp.cas(a, b);
        };
    }

    /** Renumbers in call order, so ids are dense and follow the history. */
    private static List<Operation<RegisterOp, RegisterResult>> byCall(List<Operation<RegisterOp, RegisterResult>> ops) {
        List<Operation<RegisterOp, RegisterResult>> sorted = new ArrayList<>(ops);
        sorted.sort(Comparator.comparingLong(Operation<RegisterOp, RegisterResult>::callPosition)
                .thenComparingInt(Operation::id));
        List<Operation<RegisterOp, RegisterResult>> renumbered = new ArrayList<>();
        for (Operation<RegisterOp, RegisterResult> op : sorted) {
            renumbered.add(op.withId(renumbered.size()));
        }
        return renumbered;
    }
}
