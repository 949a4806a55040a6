package distlab.engine.query;

import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.Value;
import java.util.Arrays;

/**
 * docs/language.md's comparison rules: numbers (and durations) compare numerically, vectors
 * componentwise (the happens-before order on vector timestamps), everything else by its
 * printed form.
 */
final class Comparison {
    private Comparison() {}

    static boolean holds(Value left, String op, Value right) {
        if (left instanceof Value.Vector a && right instanceof Value.Vector b) return vectors(a.entries(), op, b.entries());
        Long x = number(left, right), y = number(right, left);
        if (x != null && y != null) return ordered(Long.compare(x, y), op);
        boolean equal = left.show().equals(right.show());
        return switch (op) {
            case "==" -> equal;
            case "!=" -> !equal;
            default -> throw new LabException("cannot order '" + left.show() + "' " + op + " '" + right.show()
                    + "': only numbers, durations and vectors have an order");
        };
    }

    /** A number for comparison; a bare number next to a duration means milliseconds. */
    private static Long number(Value v, Value other) {
        boolean durationContext = v instanceof Value.Duration || other instanceof Value.Duration;
        if (v instanceof Value.Duration d) return d.micros();
        String s = v.show();
        if (s.matches("-?\\d{1,15}")) return Long.parseLong(s) * (durationContext ? SimTime.MICROS_PER_MS : 1);
        if (durationContext && SimTime.looksLikeDuration(s.startsWith("-") ? s.substring(1) : s)) {
            return SimTime.parseSigned(s, SimTime.MAX_VALUE_MICROS);
        }
        return null;
    }

    private static boolean ordered(int cmp, String op) {
        return switch (op) {
            case "==" -> cmp == 0;
            case "!=" -> cmp != 0;
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            default -> cmp >= 0;
        };
    }

    /**
     * Vectors compare as vectors (docs/language.md, expressions): a shorter one is padded with
     * zeros, since a node added later has seen nothing, so {@code [1] == [1,0]}.
     */
    private static boolean vectors(int[] a, String op, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] x = Arrays.copyOf(a, n), y = Arrays.copyOf(b, n);
        boolean le = true, ge = true;
        for (int i = 0; i < n; i++) {
            le &= x[i] <= y[i];
            ge &= x[i] >= y[i];
        }
        boolean eq = le && ge;
        return switch (op) {
            case "==" -> eq;
            case "!=" -> !eq;
            case "<=" -> le;
            case "<" -> le && !eq;
            case ">=" -> ge;
            default -> ge && !eq;
        };
    }
}
