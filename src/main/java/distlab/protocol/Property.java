package distlab.protocol;

/**
 * A safety property of a protocol, named by the boolean cluster path that reports it
 * ({@code safe} for {@code cluster.safe}), with what it promises.
 */
public record Property(String field, String promise) {
    public String path() {
        return "cluster." + field;
    }
}
