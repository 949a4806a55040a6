package distlab.check.linearizability;

import java.util.List;

/**
 * A nondeterministic test model: a register whose writes may be lost (the write answers ok but the
 * register keeps its old value). Exercises the checker's backtracking over successor states.
 */
final class LossyRegisterModel implements Model<RegisterState, RegisterOp, RegisterResult> {
    private final CasRegisterModel register = new CasRegisterModel();

    @Override
    public RegisterState initialState() {
        return register.initialState();
    }

    @Override
    public List<RegisterState> step(RegisterState state, RegisterOp input, RegisterResult output) {
        List<RegisterState> exact = register.step(state, input, output);
        if (input instanceof RegisterOp.Write && !exact.isEmpty() && !exact.contains(state)) {
            return List.of(exact.get(0), state);
        }
        return exact;
    }

    @Override
    public List<RegisterState> stepWithUnknownOutcome(RegisterState state, RegisterOp input) {
        List<RegisterState> exact = register.stepWithUnknownOutcome(state, input);
        if (input instanceof RegisterOp.Write && !exact.contains(state)) {
            return List.of(exact.get(0), state);
        }
        return exact;
    }

    @Override
    public String describe(Operation<RegisterOp, RegisterResult> op) {
        return register.describe(op);
    }

    @Override
    public String whyIllegal(List<RegisterState> states, Operation<RegisterOp, RegisterResult> op) {
        return register.whyIllegal(states, op);
    }
}
