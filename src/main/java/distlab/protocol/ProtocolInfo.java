package distlab.protocol;

/** One protocol a plug-in offers: the name {@code spawn} takes and one line for help. */
public record ProtocolInfo(String name, String summary) {}
