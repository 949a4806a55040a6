package distlab.protocol.generals;

import distlab.sim.SimTime;

/**
 * Messenger {@code number} of the exchange (lecture 2.1): number 1 carries general 1's plan,
 * each later one acknowledges the one before it. General 1 sends the odd numbers, general 2
 * the even ones. Every messenger repeats the plan, so any of them tells general 2 what it is.
 */
record Messenger(int number, Plan plan, long dawnMicros) {
    @Override
    public String toString() {
        return number == 1 ? "#1 " + plan.word() + " at dawn (" + SimTime.format(dawnMicros) + ")" : "#" + number + " ack of #" + (number - 1);
    }
}
