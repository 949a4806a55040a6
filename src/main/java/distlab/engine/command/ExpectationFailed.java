package distlab.engine.command;

import distlab.sim.LabException;

/** An {@code expect} that did not hold: {@code EXPR (actual: VALUE)}. */
final class ExpectationFailed extends LabException {
    ExpectationFailed(String message) {
        super(message);
    }
}
