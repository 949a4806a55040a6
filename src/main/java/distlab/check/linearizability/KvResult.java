package distlab.check.linearizability;

/** What a key-value store answered: ok, fail (cas), or the value a get saw. */
public sealed interface KvResult {

    /** A put, or a cas that found the expected value. */
    record Ok() implements KvResult {}

    /** A cas that did not find the expected value. */
    record Fail() implements KvResult {}

    /** A get's answer; {@code value} null means none (the key was never written). */
    record Value(String value) implements KvResult {}

    static KvResult ok() {
        return new Ok();
    }

    static KvResult fail() {
        return new Fail();
    }

    static KvResult value(String value) {
        return new Value(value);
    }

    static KvResult none() {
        return new Value(null);
    }
}
