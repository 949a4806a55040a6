package distlab.sim.snapshot;

/**
 * A declaration that never changes once made (a setting's key and parser, a path's help): a
 * snapshot shares it rather than copying it.
 */
public interface Immutable {
}
