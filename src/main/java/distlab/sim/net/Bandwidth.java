package distlab.sim.net;

import distlab.sim.LabException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link's data rate in bits per second, or unlimited (lecture 1.2: bandwidth is data volume per
 * unit of time, quoted in bits per second). A message of S bytes occupies the link for S * 8 / rate
 * seconds on top of the link's latency. Prefixes are decimal, as network rates are quoted:
 * {@code 1Mbps} is 1,000,000 bits per second.
 */
public record Bandwidth(long bitsPerSecond) {
    public static final Bandwidth UNLIMITED = new Bandwidth(0);
    /** Fastest rate the lab accepts, 1 Pbps. */
    public static final long MAX_BITS_PER_SECOND = 1_000_000_000_000_000L;

    /** Compiled on first parse, not when a simulation starts (start-up time). */
    private static final class Syntax {
        static final Pattern RATE = Pattern.compile("(\\d{1,15}(?:\\.\\d{1,6})?)([kKmMgGtT]?)(bps|bit/s|b/s|B/s|Bps)");
    }
    private static final String[] PREFIXES = {"", "k", "M", "G", "T", "P"};

    public Bandwidth {
        if (bitsPerSecond < 0 || bitsPerSecond > MAX_BITS_PER_SECOND) throw new IllegalArgumentException("bad rate " + bitsPerSecond);
    }

    public boolean unlimited() {
        return bitsPerSecond == 0;
    }

    /**
     * Reads {@code 1Mbps}, {@code 10Gbps}, {@code 56kbps}, {@code 1.5Mbit/s} (bits per second) or
     * {@code 2MB/s} (bytes per second); {@code unlimited} or {@code off} removes the limit.
     */
    public static Bandwidth parse(String text) {
        String t = text.strip();
        if (t.equals("unlimited") || t.equals("off") || t.equals("none")) return UNLIMITED;
        Matcher m = Syntax.RATE.matcher(t);
        if (!m.matches()) {
            throw new LabException("bad bandwidth '" + cut(text) + "' (use e.g. 1Mbps, 56kbps, 10Gbps or 2MB/s; unlimited removes the limit)");
        }
        BigDecimal bits = new BigDecimal(m.group(1)).multiply(BigDecimal.TEN.pow(3 * prefix(m.group(2))));
        if (m.group(3).startsWith("B")) bits = bits.multiply(BigDecimal.valueOf(8));
        if (bits.signum() == 0) throw new LabException("bandwidth must be more than 0 (unlimited removes the limit)");
        if (bits.compareTo(BigDecimal.valueOf(MAX_BITS_PER_SECOND)) > 0) throw new LabException("bandwidth is at most 1000Tbps (got " + cut(text) + ")");
        if (bits.stripTrailingZeros().scale() > 0) throw new LabException("bandwidth '" + cut(text) + "' is finer than 1 bit per second");
        return new Bandwidth(bits.longValueExact());
    }

    private static int prefix(String p) {
        return switch (p.toLowerCase(Locale.ROOT)) {
            case "k" -> 1;
            case "m" -> 2;
            case "g" -> 3;
            case "t" -> 4;
            default -> 0;
        };
    }

    /** Microseconds a message of {@code bytes} occupies the link: bytes * 8 / rate, rounded up; 0 when unlimited. */
    public long transmitMicros(long bytes) {
        if (unlimited() || bytes <= 0) return 0;
        BigInteger[] qr = BigInteger.valueOf(bytes).multiply(BigInteger.valueOf(8_000_000L)).divideAndRemainder(BigInteger.valueOf(bitsPerSecond));
        BigInteger micros = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
        return micros.bitLength() < 62 ? micros.longValue() : Long.MAX_VALUE / 4;
    }

    /** {@code 1Mbps}, {@code 1.5Mbps}, {@code 56kbps}, {@code unlimited}. */
    @Override
    public String toString() {
        if (unlimited()) return "unlimited";
        int p = 0;
        while (p + 1 < PREFIXES.length && bitsPerSecond >= BigInteger.TEN.pow(3 * (p + 1)).longValue()) p++;
        BigDecimal scaled = BigDecimal.valueOf(bitsPerSecond).divide(BigDecimal.TEN.pow(3 * p)).stripTrailingZeros();
        return (scaled.scale() < 0 ? scaled.setScale(0) : scaled).toPlainString() + PREFIXES[p] + "bps";
    }

    private static String cut(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
