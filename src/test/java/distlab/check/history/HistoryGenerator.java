package distlab.check.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random histories as history files, for tests, benchmarks and the comparison with Porcupine
 * (src/test/porcupine). Processes run operations against one real store, one at a time each,
 * interleaved at random; each operation takes effect at one moment between its invoke and its
 * completion, so every history is linearizable by construction. Some operations crash
 * ({@code :info}: they took effect or not, and the process is replaced by a new one, as in
 * Jepsen) or fail ({@code :fail ... :timed-out}: they did not happen). {@link #perturb} then
 * changes one read, which usually breaks linearizability.
 *
 * <p>Formats: Jepsen's log ({@code INFO  jepsen.util - 3 :invoke :write 2}; key-value ops carry
 * {@code [key value]}), or one EDN map per line as in Porcupine's key-value tests, where every key
 * starts as the empty string (docs/history-checker.md).
 */
public final class HistoryGenerator {
    public enum Format { JEPSEN_LOG, EDN }

    /**
     * @param keys 0 for a single register (read/write/cas), else a key-value store with that many keys
     * @param values distinct values written (write/put/cas arguments)
     * @param infoPercent operations that crash ({@code :info})
     * @param failPercent operations that fail with {@code :timed-out} and do not happen
     * @param appends key-value stores only: append instead of cas
     */
    public record Shape(int operations, int processes, int keys, int values, int infoPercent, int failPercent,
            boolean appends) {
        public static Shape register(int operations, int processes) {
            return new Shape(operations, processes, 0, 5, 1, 1, false);
        }

        public static Shape kv(int operations, int processes, int keys) {
            return new Shape(operations, processes, keys, 5, 1, 1, false);
        }

        public Shape withInfo(int percent) {
            return new Shape(operations, processes, keys, values, percent, failPercent, appends);
        }

        public Shape withAppends() {
            return new Shape(operations, processes, keys, values, infoPercent, failPercent, true);
        }
    }

    private HistoryGenerator() {}

    private record Call(String f, String key, String a, String b) {}

    private static final class Slot {
        int process;
        Call call;
        boolean applied;
        String result;
    }

    public static List<String> generate(long seed, Shape shape, Format format) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, String> store = new HashMap<>(); // lookups only
        List<String> lines = new ArrayList<>();
        Slot[] slots = new Slot[shape.processes()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new Slot();
            slots[i].process = i;
        }
        int started = 0;
        int busy = 0;
        int appended = 0;
        while (started < shape.operations() || busy > 0) {
            Slot slot = slots[random.nextInt(slots.length)];
            if (slot.call == null) {
                if (started == shape.operations()) {
                    continue;
                }
                started++;
                busy++;
                slot.call = randomCall(random, shape, appended++);
                slot.applied = false;
                lines.add(line(format, shape, slot.process, ":invoke", slot.call, null));
            } else if (!slot.applied) {
                int fate = random.nextInt(100);
                if (fate < shape.infoPercent()) {
                    if (random.nextBoolean()) {
                        apply(store, slot.call, shape, format);
                    }
                    lines.add(line(format, shape, slot.process, ":info", slot.call, ":timed-out"));
                    slot.process += slots.length; // a crashed process is replaced, as in Jepsen
                    slot.call = null;
                    busy--;
                } else if (fate < shape.infoPercent() + shape.failPercent()) {
                    lines.add(line(format, shape, slot.process, ":fail", slot.call, ":timed-out"));
                    slot.call = null;
                    busy--;
                } else {
                    slot.result = apply(store, slot.call, shape, format);
                    slot.applied = true;
                }
            } else {
                String type = slot.call.f().equals("cas") && slot.result.equals("false") ? ":fail" : ":ok";
                lines.add(line(format, shape, slot.process, type, slot.call, slot.result));
                slot.call = null;
                busy--;
            }
        }
        return lines;
    }

    private static Call randomCall(SplittableRandom random, Shape shape, int serial) {
        String key = shape.keys() == 0 ? null : Integer.toString(random.nextInt(shape.keys()));
        String a = Integer.toString(random.nextInt(shape.values()));
        String b = Integer.toString(random.nextInt(shape.values()));
        return switch (random.nextInt(3)) {
            case 0 -> new Call("read", key, null, null);
            case 1 -> new Call("write", key, a, null);
            default -> shape.appends() ? new Call("append", key, "x" + serial + "y", null) : new Call("cas", key, a, b);
        };
    }

    /** Performs the call; the read's value (null for never written), or "true"/"false" for a cas. */
    private static String apply(Map<String, String> store, Call call, Shape shape, Format format) {
        String key = call.key() == null ? "" : call.key();
        String held = store.getOrDefault(key, format == Format.EDN ? "" : null);
        switch (call.f()) {
            case "read":
                return held;
            case "write":
                store.put(key, call.a());
                return "ok";
            case "append":
                store.put(key, (held == null ? "" : held) + call.a());
                return "ok";
            default:
                if (call.a().equals(held)) {
                    store.put(key, call.b());
                    return "true";
                }
                return "false";
        }
    }

    private static String line(Format format, Shape shape, int process, String type, Call call, String result) {
        return format == Format.EDN ? ednLine(process, type, call, result) : logLine(shape, process, type, call, result);
    }

    private static String logLine(Shape shape, int process, String type, Call call, String result) {
        String value;
        if (type.equals(":info") || (type.equals(":fail") && result.startsWith(":"))) {
            value = result;
        } else if (call.f().equals("read")) {
            value = type.equals(":invoke") || result == null ? "nil" : result;
        } else if (call.f().equals("cas")) {
            value = "[" + call.a() + " " + call.b() + "]";
        } else {
            value = call.a();
        }
        if (shape.keys() > 0 && !value.startsWith(":")) {
            value = "[" + call.key() + " " + value + "]";
        }
        return "INFO  jepsen.util - " + process + "\t" + type + "\t:" + call.f() + "\t" + value;
    }

    private static String ednLine(int process, String type, Call call, String result) {
        String f = switch (call.f()) {
            case "read" -> "get";
            case "write" -> "put";
            default -> call.f();
        };
        String value;
        if (type.equals(":info") || (type.equals(":fail") && result.startsWith(":"))) {
            value = result;
        } else if (call.f().equals("read")) {
            value = type.equals(":invoke") ? "nil" : quote(result);
        } else if (call.f().equals("cas")) {
            value = "[" + quote(call.a()) + " " + quote(call.b()) + "]";
        } else {
            value = quote(call.a());
        }
        return "{:process " + process + ", :type " + type + ", :f :" + f + ", :key " + quote(call.key()) + ", :value "
                + value + "}";
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

    /**
     * The same history with the value of one successful read (chosen by {@code seed}) replaced by
     * another value seen in the history, or by nothing written; null when there is no read to change.
     */
    public static List<String> perturb(long seed, List<String> lines) {
        return change(seed, lines, false);
    }

    /** The same history with one successful read (chosen by {@code seed}) answering a value never written: not linearizable. */
    public static List<String> corrupt(long seed, List<String> lines) {
        return change(seed, lines, true);
    }

    private static List<String> change(long seed, List<String> lines, boolean unwritten) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> reads = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.contains(":ok") && (l.contains(":read") || l.contains(":get"))) {
                reads.add(i);
            }
        }
        if (reads.isEmpty()) {
            return null;
        }
        int target = reads.get(random.nextInt(reads.size()));
        String other = lines.get(reads.get(random.nextInt(reads.size())));
        List<String> out = new ArrayList<>(lines);
        String line = lines.get(target);
        String replacement = unwritten || valueOf(other).equals(valueOf(line)) ? unwritten(line) : valueOf(other);
        out.set(target, line.substring(0, line.lastIndexOf(valueOf(line))) + replacement
                + line.substring(line.lastIndexOf(valueOf(line)) + valueOf(line).length()));
        return out;
    }

    /** The read's value as written in the line: after the last tab or space (log), or after :value (EDN). */
    private static String valueOf(String line) {
        if (line.startsWith("{")) {
            int at = line.indexOf(":value ") + ":value ".length();
            return line.substring(at, line.length() - 1);
        }
        String v = line.substring(line.lastIndexOf('\t') + 1);
        return v.startsWith("[") ? v.substring(v.indexOf(' ') + 1, v.length() - 1) : v;
    }

    private static String unwritten(String line) {
        return line.startsWith("{") ? "\"never\"" : "99";
    }
}
