package distlab.check.linearizability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Linearizable key-value histories of any size, for tests and benchmarks: clients run operations
 * against a real map, interleaved at random, so up to {@code clients} operations overlap. Each
 * operation takes effect at a random moment between its call and return. About 1% time out (the
 * outcome is lost, the return kept) and 0.5% never return (they may or may not have taken effect).
 */
public final class KvHistoryGenerator {
    private KvHistoryGenerator() {}

    private static final class Client {
        final String name;
        KvOp input;
        long call;
        KvResult result;
        boolean applied;

        Client(String name) {
            this.name = name;
        }
    }

    public static List<Operation<KvOp, KvResult>> generate(long seed, int operations, int clients, int keys) {
        SplittableRandom random = new SplittableRandom(seed);
        TreeMap<String, String> store = new TreeMap<>();
        List<Client> pool = new ArrayList<>();
        for (int i = 1; i <= clients; i++) {
            pool.add(new Client("c" + i));
        }
        List<Operation<KvOp, KvResult>> history = new ArrayList<>();
        int started = 0;
        long position = 0;
        while (history.size() < operations) {
            Client c = pool.get(random.nextInt(clients));
            if (c.input == null) {
                if (started == operations) {
                    continue;
                }
                started++;
                c.input = randomOp(random, keys);
                c.call = position++;
                c.applied = false;
            } else if (!c.applied) {
                if (random.nextInt(200) == 0) { // never returns; took effect or not
                    if (random.nextBoolean()) {
                        apply(store, c.input);
                    }
                    history.add(Operation.open(0, c.name, c.call, c.input));
                    c.input = null;
                    continue;
                }
                c.result = apply(store, c.input);
                c.applied = true;
            } else {
                long ret = position++;
                history.add(random.nextInt(100) == 0
                        ? Operation.unknownOutcome(0, c.name, c.call, ret, c.input)
                        : Operation.completed(0, c.name, c.call, ret, c.input, c.result));
                c.input = null;
            }
        }
        history.sort(Comparator.comparingLong(Operation::callPosition));
        List<Operation<KvOp, KvResult>> numbered = new ArrayList<>(history.size());
        for (Operation<KvOp, KvResult> op : history) {
            numbered.add(op.withId(numbered.size()));
        }
        return numbered;
    }

    private static KvOp randomOp(SplittableRandom random, int keys) {
        String key = "k" + random.nextInt(keys);
        String a = Integer.toString(random.nextInt(5));
        String b = Integer.toString(random.nextInt(5));
        return switch (random.nextInt(3)) {
            case 0 -> KvOp.get(key);
            case 1 -> KvOp.put(key, a);
            default -> KvOp.cas(key, a, b);
        };
    }

    private static KvResult apply(TreeMap<String, String> store, KvOp op) {
        if (op instanceof KvOp.Get get) {
            return KvResult.value(store.get(get.key()));
        }
        if (op instanceof KvOp.Put put) {
            store.put(put.key(), put.value());
            return KvResult.ok();
        }
        KvOp.Cas cas = (KvOp.Cas) op;
        if (cas.expected().equals(store.get(cas.key()))) {
            store.put(cas.key(), cas.replacement());
            return KvResult.ok();
        }
        return KvResult.fail();
    }
}
