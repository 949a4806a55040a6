package distlab.protocol;

import java.util.function.Supplier;

/** One protocol a plug-in offers: the name {@code spawn} takes, one line for help, and its module. */
public record ProtocolInfo(String name, String summary, Supplier<ProtocolModule> factory) {
    public ProtocolModule create() {
        return factory.get();
    }
}
