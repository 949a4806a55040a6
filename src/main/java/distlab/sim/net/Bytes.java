package distlab.sim.net;

import distlab.sim.LabException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message sizes in bytes: read as {@code 1500}, {@code 64kB}, {@code 2MB}, {@code 1.5GB} (decimal prefixes), printed alike. */
public final class Bytes {
    /** Largest message size the lab accepts: 100 TB, two vans of hard drives (lecture 1.2). */
    public static final long MAX = 100_000_000_000_000L;

    private static final Pattern SIZE = Pattern.compile("(\\d{1,15}(?:\\.\\d{1,9})?)([kKmMgGtT]?[bB])?");
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

    private Bytes() {}

    /** A size: a bare number means bytes. */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) throw new LabException("bad size '" + cut(text) + "' (use e.g. 1500, 64kB, 2MB or 1GB)");
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        int power = "bkmgt".indexOf(unit.charAt(0));
        if (unit.length() == 1) power = 0;
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.TEN.pow(3 * power));
        if (bytes.stripTrailingZeros().scale() > 0) throw new LabException("size '" + cut(text) + "' is not a whole number of bytes");
        if (bytes.compareTo(BigDecimal.valueOf(MAX)) > 0) throw new LabException("size is at most 100TB (got " + cut(text) + ")");
        return bytes.longValueExact();
    }

    /** {@code 1500B}, {@code 64kB}, {@code 2MB}, {@code 1.5GB}. */
    public static String format(long bytes) {
        int u = 0;
        while (u + 1 < UNITS.length && bytes >= BigDecimal.TEN.pow(3 * (u + 1)).longValue()) u++;
        BigDecimal scaled = BigDecimal.valueOf(bytes).divide(BigDecimal.TEN.pow(3 * u)).stripTrailingZeros();
        return (scaled.scale() < 0 ? scaled.setScale(0) : scaled).toPlainString() + UNITS[u];
    }

    private static String cut(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
