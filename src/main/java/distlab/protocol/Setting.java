package distlab.protocol;

import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.snapshot.Immutable;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A {@code config KEY=VALUE} setting, declared once: its key, one line of help, its initial
 * value, how to read a value (a LabException with the fix for a bad one), how to print it, and
 * the words completion offers. The values live in a module's {@link Settings}.
 */
public record Setting<T>(String key, String help, T initial, Function<String, T> parse, Function<T, String> show,
                         List<String> suggestions) implements Immutable {
    public Setting {
        suggestions = List.copyOf(suggestions);
    }

    /** {@code on} or {@code off}. */
    public static Setting<Boolean> onOff(String key, String help, boolean initial) {
        return new Setting<>(key, help, initial, text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new LabException(key + " must be on or off, not '" + text + "'");
        }, on -> on ? "on" : "off", List.of("on", "off"));
    }

    /** A duration greater than 0, at most {@code maxMicros}. */
    public static Setting<Long> duration(String key, String help, long initialMicros, long maxMicros) {
        return new Setting<>(key, help, initialMicros, text -> {
            long micros = SimTime.parse(text);
            if (micros <= 0) throw new LabException(key + " must be more than 0 (e.g. " + key + "=" + SimTime.format(initialMicros) + ")");
            if (micros > maxMicros) throw new LabException(key + " is at most " + SimTime.format(maxMicros) + " (got " + text + ")");
            return micros;
        }, SimTime::format, List.of());
    }

    /** A duration greater than 0, or {@code off} (stored as 0). */
    public static Setting<Long> durationOrOff(String key, String help, long initialMicros, long minMicros) {
        return new Setting<>(key, help, initialMicros, text -> {
            if (text.equals("off")) return 0L;
            if (!SimTime.looksLikeDuration(text)) {
                throw new LabException(key + " must be a duration such as 200ms, or off (not '" + text + "')");
            }
            long micros = SimTime.parse(text);
            if (micros < minMicros) throw new LabException(key + " must be at least " + SimTime.format(minMicros) + ", or off (got " + text + ")");
            return micros;
        }, micros -> micros == 0 ? "off" : SimTime.format(micros), List.of("off"));
    }

    /** A whole number from {@code min} to {@code max}. */
    public static Setting<Integer> count(String key, String help, int initial, int min, int max) {
        return new Setting<>(key, help, initial, text -> {
            if (!text.matches("-?\\d{1,10}")) throw new LabException(key + " must be a whole number, not '" + text + "'");
            long n = Long.parseLong(text);
            if (n < min || n > max) throw new LabException(key + " must be between " + min + " and " + max + " (got " + text + ")");
            return (int) n;
        }, n -> Integer.toString(n), List.of());
    }

    /** One of the words of an enum whose constants print as {@code word.apply(constant)}. */
    public static <E extends Enum<E>> Setting<E> choice(String key, String help, E initial, Function<E, String> word) {
        E[] all = initial.getDeclaringClass().getEnumConstants();
        List<String> words = java.util.Arrays.stream(all).map(word).toList();
        return new Setting<>(key, help, initial, text -> {
            for (E e : all) if (word.apply(e).equals(text)) return e;
            throw new LabException(key + " must be " + orList(words) + ", not '" + text + "'");
        }, word, words);
    }

    /** {@code a, b or c}. */
    public static String orList(List<String> words) {
        if (words.size() == 1) return words.get(0);
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /** The printed form of a value of this setting. */
    @SuppressWarnings("unchecked")
    public String format(Object value) {
        return show.apply((T) value);
    }
}
