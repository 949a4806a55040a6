package distlab.check.linearizability;

import java.util.List;

/**
 * A single compare-and-set register, initially nil, as in Jepsen's etcd tests: read, write v,
 * cas(expected, replacement). Every operation is deterministic, so a step yields at most one
 * state; with an unknown outcome, read and write are always legal and a cas applies exactly when
 * the register holds the expected value (the union over "returned true" and "returned false").
 */
public final class CasRegisterModel implements Model<RegisterState, RegisterOp, RegisterResult> {

    @Override
    public RegisterState initialState() {
        return RegisterState.EMPTY;
    }

    @Override
    public List<RegisterState> step(RegisterState state, RegisterOp input, RegisterResult output) {
        if (input instanceof RegisterOp.Read) {
            return output instanceof RegisterResult.Value v && state.holds(v.value()) ? List.of(state) : List.of();
        }
        if (input instanceof RegisterOp.Write w) {
            return output instanceof RegisterResult.Ok ? List.of(new RegisterState(w.value())) : List.of();
        }
        RegisterOp.Cas cas = (RegisterOp.Cas) input;
        boolean matches = state.holds(cas.expected());
        if (output instanceof RegisterResult.Ok) {
            return matches ? List.of(new RegisterState(cas.replacement())) : List.of();
        }
        // A failed cas is legal only if the register did not hold the expected value.
        return output instanceof RegisterResult.Fail && !matches ? List.of(state) : List.of();
    }

    @Override
    public List<RegisterState> stepWithUnknownOutcome(RegisterState state, RegisterOp input) {
        if (input instanceof RegisterOp.Write w) {
            return List.of(new RegisterState(w.value()));
        }
        if (input instanceof RegisterOp.Cas cas && state.holds(cas.expected())) {
            return List.of(new RegisterState(cas.replacement()));
        }
        return List.of(state);
    }

    @Override
    public String describe(Operation<RegisterOp, RegisterResult> op) {
        String text;
        if (op.input() instanceof RegisterOp.Read) {
            text = "read→" + (op.outcomeKnown() ? nilOr(((RegisterResult.Value) op.output()).value()) : "?");
            return text;
        }
        if (op.input() instanceof RegisterOp.Write w) {
            text = "write " + w.value();
        } else {
            RegisterOp.Cas cas = (RegisterOp.Cas) op.input();
            text = "cas " + cas.expected() + "→" + cas.replacement();
            if (op.outcomeKnown() && op.output() instanceof RegisterResult.Fail) {
                text += " fail";
            }
        }
        return op.outcomeKnown() ? text : text + " ?";
    }

    @Override
    public String whyIllegal(List<RegisterState> possibleStates, Operation<RegisterOp, RegisterResult> op) {
        String held = "the register " + Phrases.held(possibleStates.stream().map(RegisterState::toString).toList());
        if (op.input() instanceof RegisterOp.Read && op.output() instanceof RegisterResult.Value v) {
            return "read " + nilOr(v.value()) + ", but " + held;
        }
        if (op.input() instanceof RegisterOp.Cas cas) {
            String verb = op.output() instanceof RegisterResult.Fail ? " failed" : " succeeded";
            return "cas " + cas.expected() + "→" + cas.replacement() + verb + ", but " + held;
        }
        return describe(op) + " answered " + op.output() + ", impossible when " + held;
    }

    static String nilOr(String value) {
        return value == null ? "nil" : value;
    }
}
