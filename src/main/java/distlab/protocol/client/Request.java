package distlab.protocol.client;

/**
 * What a client operation asks for. Each protocol family with clients declares its requests
 * as a sealed type of its own ({@link KvRequest} for put, get and cas), so protocols switch
 * over records, never over strings.
 */
public interface Request {
    /** The command word: {@code put}, {@code get}, {@code cas}. */
    String verb();

    /** The key it is about, or {@code ""}. */
    String key();

    /** {@code put x 1}: as the op is printed. */
    String describe();
}
