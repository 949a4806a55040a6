package distlab.sim;

import java.math.BigDecimal;
import java.util.Locale;

/** Virtual time is a count of microseconds. This class reads and prints durations. */
public final class SimTime {
    public static final long MICROS_PER_MS = 1_000;
    public static final long MICROS_PER_SECOND = 1_000_000;
    /** Longest duration the lab accepts: one day of virtual time. */
    public static final long MAX_MICROS = 86_400L * MICROS_PER_SECOND;
    /** Largest value an expression may name: a point in time or a clock reading, up to 100 years. */
    public static final long MAX_VALUE_MICROS = 100L * 365 * 86_400L * MICROS_PER_SECOND;

    private SimTime() {}

    /** Canonical form: {@code 250us}, {@code 150ms}, {@code 12.345ms}, {@code 2s}, {@code 1.5s}. */
    public static String format(long micros) {
        if (micros < 0) return "-" + format(-micros);
        if (micros < MICROS_PER_MS && micros != 0) return micros + "us";
        if (micros < MICROS_PER_SECOND) return decimal(micros, MICROS_PER_MS) + "ms";
        return decimal(micros, MICROS_PER_SECOND) + "s";
    }

    private static String decimal(long micros, long unit) {
        long whole = micros / unit;
        long frac = micros % unit;
        if (frac == 0) return Long.toString(whole);
        // The fraction zero-padded to the unit's digits, trailing zeros dropped (no formatter:
        // this runs for every time the lab prints).
        StringBuilder out = new StringBuilder().append(whole).append('.');
        String digits = Long.toString(frac + unit).substring(1);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') end--;
        return out.append(digits, 0, end).toString();
    }

    /** True if the text looks like a duration: digits, optional fraction, optional unit. */
    public static boolean looksLikeDuration(String text) {
        return text.matches("\\d+(\\.\\d+)?(us|ms|s|min|h)?");
    }

    /** {@code +15ms}, {@code -40ms}, {@code 0ms}: a signed amount such as a clock offset. */
    public static String formatSigned(long micros) {
        return micros > 0 ? "+" + format(micros) : format(micros);
    }

    /** Reads a duration with an optional sign, {@code -40ms} or {@code +1s}; at most a day either way. */
    public static long parseSigned(String text) {
        return parseSigned(text, MAX_MICROS);
    }

    /** {@link #parseSigned(String)} up to {@code max} either way, e.g. {@link #MAX_VALUE_MICROS} for a value in an expression. */
    public static long parseSigned(String text, long max) {
        String t = text.trim();
        if (t.startsWith("-")) return -parse(t.substring(1), max);
        return parse(t.startsWith("+") ? t.substring(1) : t, max);
    }

    /**
     * Reads {@code 250us}, {@code 150ms}, {@code 2s}, {@code 1.5s}, {@code 30min}, {@code 24h}; a
     * bare number means milliseconds.
     *
     * @throws LabException with a one-line fix when the text is not a duration
     */
    public static long parse(String text) {
        return parse(text, MAX_MICROS);
    }

    /** {@link #parse(String)}, up to {@code max}. */
    public static long parse(String text, long max) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("-")) {
            throw new LabException("negative duration '" + text + "': durations are >= 0, e.g. 150ms");
        }
        if (!looksLikeDuration(t)) {
            throw new LabException("bad duration '" + text + "' (use e.g. 250us, 150ms, 2s, 1.5s, 30min, 24h; a bare number means ms)");
        }
        long unit;
        String number;
        if (t.endsWith("us")) { unit = 1; number = t.substring(0, t.length() - 2); }
        else if (t.endsWith("min")) { unit = 60 * MICROS_PER_SECOND; number = t.substring(0, t.length() - 3); }
        else if (t.endsWith("h")) { unit = 3600 * MICROS_PER_SECOND; number = t.substring(0, t.length() - 1); }
        else if (t.endsWith("ms")) { unit = MICROS_PER_MS; number = t.substring(0, t.length() - 2); }
        else if (t.endsWith("s")) { unit = MICROS_PER_SECOND; number = t.substring(0, t.length() - 1); }
        else { unit = MICROS_PER_MS; number = t; }
        BigDecimal micros = new BigDecimal(number).multiply(BigDecimal.valueOf(unit));
        if (micros.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new LabException("duration '" + text + "' is too long (at most " + format(max) + ")");
        }
        if (micros.stripTrailingZeros().scale() > 0) {
            throw new LabException("duration '" + text + "' is finer than the lab's resolution of 1us");
        }
        return micros.longValueExact();
    }
}
