package distlab.engine.query;

import distlab.sim.Value;

/** Looks up the state that expressions talk about. */
public interface PathResolver {
    /** How two events are related in happens-before. */
    enum Relation { BEFORE, AFTER, CONCURRENT, SAME }

    /**
     * The value of a word that is a path or an id, or null when the word is none of those
     * (it is then a symbol literal, like {@code leader} in {@code n1.role == leader}).
     */
    Value resolve(String word);

    /** How event a relates to event b; unknown events are an error. */
    Relation relate(String a, String b);
}
