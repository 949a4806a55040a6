package distlab.check.linearizability;

/** What a register answered: a read's value, or whether a write/cas succeeded. */
public sealed interface RegisterResult {

    /** A read's answer; {@code value} null means nil (never written). */
    record Value(String value) implements RegisterResult {}

    /** A write, or a cas that found the expected value. */
    record Ok() implements RegisterResult {}

    /** A cas that returned false: the register did not hold the expected value. */
    record Fail() implements RegisterResult {}

    static RegisterResult value(String valueOrNil) {
        return new Value(valueOrNil);
    }

    static RegisterResult ok() {
        return new Ok();
    }

    static RegisterResult fail() {
        return new Fail();
    }
}
