package distlab.protocol.client;

import distlab.protocol.PathSpec;
import distlab.sim.Value;
import java.util.List;
import java.util.Locale;

/** The fields every client operation has ({@code op1.status}); protocols may add their own. */
public final class OpPaths {
    public static final List<PathSpec> FIELDS = List.of(
            PathSpec.op("status", "pending, ok or failed"),
            PathSpec.op("value", "what a read returned, or none"),
            PathSpec.op("client", "the client that issued it"),
            PathSpec.op("kind", "put, get, cas, ..."),
            PathSpec.op("key", "the key it is about"),
            PathSpec.op("error", "why it failed (cas mismatch, timeout), or none"),
            PathSpec.op("invoked", "the virtual time its client began it, or none while it waits"),
            PathSpec.op("completed", "the virtual time it completed, or none while pending"));

    private OpPaths() {}

    /** The value of a generic field, or null when the field is not one of them. */
    public static Value value(Op op, String field) {
        return switch (field) {
            case "status" -> Value.text(op.status().name().toLowerCase(Locale.ROOT));
            case "value" -> Value.text(op.value() == null ? "none" : op.value());
            case "client" -> Value.text(op.client().name());
            case "kind" -> Value.text(op.kind());
            case "key" -> Value.text(op.key().isEmpty() ? "none" : op.key());
            case "error" -> Value.text(op.error() == null ? "none" : op.error());
            case "invoked" -> op.invoked() ? new Value.Duration(op.invokeTime()) : Value.NONE;
            case "completed" -> op.status() == Op.Status.PENDING ? Value.NONE : new Value.Duration(op.completeTime());
            default -> null;
        };
    }
}
