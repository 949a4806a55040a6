package distlab.protocol.generals;

/**
 * What a general keeps, on stable storage (its written orders survive a crash): the plan as far
 * as it knows it, the highest messenger number it has received and sent, its decision (null while
 * undecided) and whether dawn has come for it.
 */
final class GeneralMemory {
    Plan plan;
    int received;
    int sent;
    /** Messengers it has sent, resends included. */
    int messengers;
    Plan decision;
    boolean dawnPassed;
}
