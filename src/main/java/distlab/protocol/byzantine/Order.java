package distlab.protocol.byzantine;

import java.util.List;
import java.util.Locale;

/** The commander's order, and a general's decision (Lamport, Shostak and Pease 1982). */
enum Order {
    ATTACK, RETREAT;

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    Order opposite() {
        return this == ATTACK ? RETREAT : ATTACK;
    }

    /**
     * The paper's majority with a default: the value more than half of them hold, else RETREAT
     * (so a tie, or no values at all, means retreat).
     */
    static Order majority(List<Order> values) {
        long attack = values.stream().filter(v -> v == ATTACK).count();
        return attack * 2 > values.size() ? ATTACK : RETREAT;
    }
}
