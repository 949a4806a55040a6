package distlab.protocol.crdt;

import distlab.protocol.Cell;
import distlab.protocol.PathSpec;
import distlab.protocol.Setting;
import distlab.protocol.Settings;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import java.util.List;

/**
 * One kind of CRDT as the lab runs it: its updates, its value and the views of its internal
 * state. {@link CrdtModule} does the rest (replicas, sync, gossip) the same way for every
 * type. One instance per session, so a type may keep settings such as the LWW set's bias.
 */
public interface CrdtType<S extends CrdtState<S>> {
    /** The protocol name given to spawn, e.g. {@code gcounter}. */
    String name();

    /** One line for help and errors. */
    String summary();

    S empty();

    /** The class of the states, to check a received state before merging it. */
    Class<S> stateClass();

    /** The updates this type takes, as usage lines: {@code inc NODE [AMOUNT]}. */
    List<String> usages();

    boolean accepts(Update update);

    /**
     * The state after replica {@code node} makes a fitting update at a local event stamped
     * {@code stamp} (that event's Lamport clock, and the node).
     */
    S apply(S state, NodeId node, Update update, Stamp stamp);

    /**
     * The stamp of an update made at a local event: by default {@code logical}, that event's
     * (Lamport clock, node). {@code reading} is the node's physical clock at that moment, for
     * a type that can stamp with it instead (the LWW register's {@code timestamps=physical}).
     */
    default Stamp stamp(Stamp logical, long reading) {
        return logical;
    }

    /**
     * Op-based replication (lecture 7.3): the operation a local update broadcasts, prepared at
     * its replica from the state before the update (Shapiro et al. 2011, the source's part). By
     * default the update and its stamp, printed as the update ({@code inc 2}).
     */
    default CrdtOp prepare(S state, NodeId node, Update update, Stamp stamp) {
        return new CrdtOp(node, update, stamp, null, update.label());
    }

    /**
     * Op-based replication: a delivered operation applied to a replica's state (the downstream
     * part), at every replica including its source. Concurrent operations commute; an
     * operation may rely on those that happened before it having been applied already.
     */
    S effect(S state, CrdtOp op);

    /**
     * Why delivering {@code op} now, after {@code before} (this replica's deliveries so far),
     * breaks the order the type relies on (an OR-set remove before the add it removes), or null.
     */
    default String outOfOrder(List<CrdtOp> before, CrdtOp op) {
        return null;
    }

    /** A note to print when an update did something a user may not expect, else null. */
    default String note(S before, S after, Update update, NodeId node) {
        return null;
    }

    /** {@code NODE.value}. */
    Value value(S state);

    /** Headers of the internal-state columns of the cluster table. */
    List<String> stateHeaders();

    /** The internal-state cells of one replica; {@code replicas} is node order, for vectors. */
    List<Cell> stateCells(S state, List<NodeId> replicas);

    /** Its internal-state paths ({@code counts}, {@code adds.ELEM}), declared once. */
    List<PathSpec> paths();

    /** An internal-state field ({@code counts}, {@code adds.milk}), or null if there is none. */
    Value field(S state, String field, List<NodeId> replicas);

    /** Its settings for {@code config}, declared once. */
    default List<Setting<?>> settings() {
        return List.of();
    }

    /** Hands the type the session's values of its settings (the module owns them). */
    default void bind(Settings values) {}
}
