package distlab.check.linearizability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A key-value store where each key is an independent register, initially none: put KEY VALUE →
 * ok; get KEY → value or none; cas KEY OLD NEW → ok or fail; append KEY VALUE → ok, the key's
 * text followed by VALUE (none counts as the empty text). Histories are partitioned by key
 * (P-compositionality), in key order, so each search sees a single register.
 *
 * <p>{@link #startingWith} gives every key an initial value instead of none: Porcupine's
 * key-value tests start every key at the empty string, and a get of a fresh key answers "".
 */
public final class KeyValueModel implements Model<KvState, KvOp, KvResult> {
    private final String initialValue;

    /** Every key starts as none. */
    public KeyValueModel() {
        this(null);
    }

    private KeyValueModel(String initialValue) {
        this.initialValue = initialValue;
    }

    /** Every key starts as {@code initialValue}. */
    public static KeyValueModel startingWith(String initialValue) {
        return new KeyValueModel(initialValue);
    }

    /** The value of {@code key} in {@code state}; null for none. */
    private String held(KvState state, String key) {
        String value = state.get(key);
        return value == null ? initialValue : value;
    }

    @Override
    public KvState initialState() {
        return KvState.EMPTY;
    }

    @Override
    public List<KvState> step(KvState state, KvOp input, KvResult output) {
        String held = held(state, input.key());
        if (input instanceof KvOp.Get) {
            return output instanceof KvResult.Value v && Objects.equals(v.value(), held) ? List.of(state) : List.of();
        }
        if (input instanceof KvOp.Put put) {
            return output instanceof KvResult.Ok ? List.of(state.with(put.key(), put.value())) : List.of();
        }
        if (input instanceof KvOp.Append append) {
            return output instanceof KvResult.Ok ? List.of(appended(state, append)) : List.of();
        }
        KvOp.Cas cas = (KvOp.Cas) input;
        boolean matches = cas.expected().equals(held);
        if (output instanceof KvResult.Ok) {
            return matches ? List.of(state.with(cas.key(), cas.replacement())) : List.of();
        }
        // A failed cas is legal only if the key did not hold the expected value.
        return output instanceof KvResult.Fail && !matches ? List.of(state) : List.of();
    }

    @Override
    public List<KvState> stepWithUnknownOutcome(KvState state, KvOp input) {
        if (input instanceof KvOp.Put put) {
            return List.of(state.with(put.key(), put.value()));
        }
        if (input instanceof KvOp.Append append) {
            return List.of(appended(state, append));
        }
        if (input instanceof KvOp.Cas cas && cas.expected().equals(held(state, cas.key()))) {
            return List.of(state.with(cas.key(), cas.replacement()));
        }
        return List.of(state);
    }

    private KvState appended(KvState state, KvOp.Append append) {
        String held = held(state, append.key());
        return state.with(append.key(), (held == null ? "" : held) + append.value());
    }

    @Override
    public List<Partition<KvOp, KvResult>> partition(List<Operation<KvOp, KvResult>> history) {
        Map<String, List<Operation<KvOp, KvResult>>> byKey = new TreeMap<>();
        for (Operation<KvOp, KvResult> op : history) {
            byKey.computeIfAbsent(op.input().key(), k -> new ArrayList<>()).add(op);
        }
        List<Partition<KvOp, KvResult>> parts = new ArrayList<>();
        byKey.forEach((key, ops) -> parts.add(new Partition<>(key, ops)));
        return parts;
    }

    @Override
    public String describe(Operation<KvOp, KvResult> op) {
        KvOp in = op.input();
        if (in instanceof KvOp.Get) {
            String answer = op.outcomeKnown() ? noneOr(((KvResult.Value) op.output()).value()) : "?";
            return "get " + in.key() + "→" + answer;
        }
        String text;
        if (in instanceof KvOp.Put put) {
            text = "put " + put.key() + " " + put.value();
        } else if (in instanceof KvOp.Append append) {
            text = "append " + append.key() + " " + append.value();
        } else {
            KvOp.Cas cas = (KvOp.Cas) in;
            text = "cas " + cas.key() + " " + cas.expected() + "→" + cas.replacement();
            if (op.outcomeKnown() && op.output() instanceof KvResult.Fail) {
                text += " fail";
            }
        }
        return op.outcomeKnown() ? text : text + " ?";
    }

    @Override
    public String whyIllegal(List<KvState> possibleStates, Operation<KvOp, KvResult> op) {
        String key = op.input().key();
        String held = key + " " + Phrases.held(possibleStates.stream().map(s -> noneOr(held(s, key))).toList());
        if (op.input() instanceof KvOp.Get && op.output() instanceof KvResult.Value v) {
            return "got " + noneOr(v.value()) + ", but " + held;
        }
        if (op.input() instanceof KvOp.Cas cas) {
            String verb = op.output() instanceof KvResult.Fail ? " failed" : " succeeded";
            return "cas " + cas.expected() + "→" + cas.replacement() + verb + ", but " + held;
        }
        return describe(op) + " answered " + op.output() + ", impossible when " + held;
    }

    private static String noneOr(String value) {
        return value == null ? "none" : value;
    }
}
