package distlab.protocol.byzantine;

import distlab.sim.Rng;
import java.util.Locale;

/**
 * How a traitor behaves when it should send a value to one recipient (lecture 2.2: a traitor
 * may do anything). The recipients of one relay are numbered 0, 1, 2, ... in node order.
 */
enum Strategy {
    /** Sends the opposite of what a loyal general would. */
    LIE("sends the opposite of what it should"),
    /** Tells half the recipients attack and the other half retreat, whatever it heard. */
    SPLIT("tells alternate recipients attack and retreat"),
    /** Sends nothing at all. */
    SILENT("sends nothing"),
    /** Flips a coin for each recipient (from the seeded RNG). */
    RANDOM("sends a random value to each recipient");

    private final String meaning;

    Strategy(String meaning) {
        this.meaning = meaning;
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    String meaning() {
        return meaning;
    }

    /** The value to send to recipient number {@code position} instead of {@code truth}, or null to send nothing. */
    Order corrupt(Order truth, int position, Rng rng) {
        return switch (this) {
            case LIE -> truth.opposite();
            case SPLIT -> position % 2 == 0 ? Order.ATTACK : Order.RETREAT;
            case SILENT -> null;
            case RANDOM -> rng.chance(50) ? Order.ATTACK : Order.RETREAT;
        };
    }
}
