package distlab.protocol.broadcast;

import distlab.sim.LabException;
import java.util.Map;

/**
 * A state machine command carried as a broadcast's payload (lecture 5.3, {@code apply=kv}):
 * {@code set KEY VALUE} replaces a value, {@code add KEY N} adds to a number. Two sets of one
 * key do not commute; adds do, which is why causal broadcast is enough for them.
 */
sealed interface KvUpdate {
    long MAX_AMOUNT = 1_000_000_000L;

    /** Applies the command to a store: deterministic, as state machine replication needs. */
    void applyTo(Map<String, String> store);

    record Set(String key, String value) implements KvUpdate {
        @Override public void applyTo(Map<String, String> store) { store.put(key, value); }
    }

    /** A missing key counts as 0; a key holding a word is left as it is (a word has no sum). */
    record Add(String key, long amount) implements KvUpdate {
        @Override public void applyTo(Map<String, String> store) {
            String old = store.getOrDefault(key, "0");
            if (old.matches("-?\\d{1,18}")) store.put(key, Long.toString(Long.parseLong(old) + amount));
        }
    }

    String USAGE = "with config apply=kv a payload is set KEY VALUE or add KEY N (e.g. broadcast n1 set x 1)";

    /** Reads a payload; a LabException that shows the two forms when it is neither. */
    static KvUpdate parse(String payload) {
        String[] words = payload.strip().split("\\s+");
        if (words.length != 3 || !(words[0].equals("set") || words[0].equals("add"))) {
            throw new LabException(USAGE + ", not '" + cut(payload) + "'");
        }
        String key = words[1];
        if (!key.matches("[A-Za-z0-9_\\-]{1,32}")) {
            throw new LabException("bad key '" + cut(key) + "': use letters, digits, _ or - (at most 32)");
        }
        if (words[0].equals("set")) {
            if (!words[2].matches("[A-Za-z0-9_\\-]{1,32}") || words[2].equals("none")) {
                throw new LabException("bad value '" + cut(words[2]) + "': one word of letters, digits, _ or - (at most 32), not none");
            }
            return new Set(key, words[2]);
        }
        if (!words[2].matches("[-+]?\\d{1,10}") || Math.abs(Long.parseLong(words[2])) > MAX_AMOUNT) {
            throw new LabException("add takes a whole number from -" + MAX_AMOUNT + " to " + MAX_AMOUNT + ", not '" + cut(words[2]) + "'");
        }
        return new Add(key, Long.parseLong(words[2]));
    }

    private static String cut(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
