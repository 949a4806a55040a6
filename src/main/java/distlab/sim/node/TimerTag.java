package distlab.sim.node;

/**
 * What a timer is for. Each protocol declares its timers as a closed type of its own (an enum
 * or a sealed interface of records), so {@link Process#onTimer} switches over values, never
 * over strings. Its string form is the timer's label in the trace.
 */
public interface TimerTag {
}
