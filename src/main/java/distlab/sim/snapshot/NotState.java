package distlab.sim.snapshot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that tells how a state was reached, not what it is (a timer's id, a deadline
 * in virtual time, a count of trace entries), or that is fingerprinted elsewhere (a process's
 * reference to its node's storage, the module's settings): two states that differ only there
 * are the same state to {@code explore}, so {@link StructuralHash} leaves the field out. Mark a
 * field only when nothing the protocol does next, and no property, depends on it beyond that.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface NotState {
}
