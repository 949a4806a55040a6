package distlab.protocol.generals;

import java.util.Locale;

/** What general 1 chooses, and what a general finally does at dawn. */
enum Plan {
    ATTACK, RETREAT;

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
