package distlab.engine.query;

import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.Value;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The comparison rules of expressions (docs/language.md): numbers (and durations) compare
 * numerically, at any length; vectors componentwise (the happens-before order on vector
 * timestamps); everything else by its printed form.
 */
final class Comparison {
    /** Longer digit strings compare as text: reading them as numbers would cost more than they are worth. */
    private static final int MAX_DIGITS = 1_000;
    private static final BigInteger MICROS_PER_MS = BigInteger.valueOf(SimTime.MICROS_PER_MS);

    private Comparison() {}

    static boolean holds(Value left, String op, Value right) {
        if (left instanceof Value.Vector a && right instanceof Value.Vector b) return vectors(a.entries(), op, b.entries());
        boolean durations = left instanceof Value.Duration || right instanceof Value.Duration;
        BigInteger x = number(left, durations), y = number(right, durations);
        if (x != null && y != null) return ordered(x.compareTo(y), op);
        boolean equal = left.show().equals(right.show());
        return switch (op) {
            case "==" -> equal;
            case "!=" -> !equal;
            default -> throw new LabException("cannot order '" + left.show() + "' " + op + " '" + right.show()
                    + "': only numbers, durations and vectors have an order");
        };
    }

    /** A number for comparison, or null; next to a duration, a bare number means milliseconds. */
    private static BigInteger number(Value v, boolean durations) {
        if (v instanceof Value.Duration d) return BigInteger.valueOf(d.micros());
        BigInteger n = v instanceof Value.Int i ? BigInteger.valueOf(i.value()) : integer(v.show());
        if (n != null) return durations ? n.multiply(MICROS_PER_MS) : n;
        String s = v.show();
        if (durations && SimTime.looksLikeDuration(s.startsWith("-") ? s.substring(1) : s)) {
            return BigInteger.valueOf(SimTime.parseSigned(s, SimTime.MAX_VALUE_MICROS));
        }
        return null;
    }

    private static BigInteger integer(String s) {
        int digits = s.startsWith("-") ? s.length() - 1 : s.length();
        if (digits < 1 || digits > MAX_DIGITS) return null;
        for (int i = s.length() - digits; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return null;
        }
        return new BigInteger(s);
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
     * A shorter vector is padded with zeros, for equality as for the order: a node added
     * later has seen nothing, so {@code [1] == [1,0]}.
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
