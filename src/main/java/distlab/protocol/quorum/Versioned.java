package distlab.protocol.quorum;

/** A stored value with the timestamp of the write that produced it; printed {@code 1@2:c1}. */
public record Versioned(String value, Timestamp ts) {
    /** Counter of a possibly absent version (0 when never written). */
    public static long counterOf(Versioned v) {
        return v == null ? 0 : v.ts().counter();
    }

    /** The timestamp of a possibly absent version (null when never written). */
    public static Timestamp tsOf(Versioned v) {
        return v == null ? null : v.ts();
    }

    /** {@code 1@2:c1}, or {@code none}. */
    public static String show(Versioned v) {
        return v == null ? "none" : v.toString();
    }

    @Override
    public String toString() {
        return value + "@" + ts;
    }
}
