package distlab.sim.snapshot;

import distlab.sim.Simulation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A 64-bit hash of an object graph by its structure, the generic fingerprint of a protocol's
 * state for {@code explore} (docs/architecture.md, exploring): equal structures hash equal
 * whatever their identity. Fields are visited as {@link DeepCopy} visits them, except that
 * transient and {@link NotState} fields and the simulation itself are left out; lists and
 * arrays hash in order, sets and maps as multisets of their elements (so insertion order and
 * capacity never matter); enums by name. A cycle closes with a constant. Deterministic across runs: no identity hash codes.
 */
public final class StructuralHash {
    private final Map<Class<?>, Field[]> plans = new HashMap<>();
    private IdentityHashMap<Object, Boolean> seen;

    /** The hash of {@code root}'s graph. */
    public long of(Object root) {
        seen = new IdentityHashMap<>();
        try {
            return hash(root);
        } finally {
            seen = null;
        }
    }

    /** Mixes a 64-bit value well (Stafford's variant 13 of the SplitMix64 finaliser). */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Combines an ordered sequence: {@code combine(h, next)}. */
    public static long combine(long h, long next) {
        return mix(h * 31 + next);
    }

    private long hash(Object o) {
        if (o == null) return 0x9e3779b97f4a7c15L;
        if (o instanceof String s) return mix(s.hashCode() + 1L);
        if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) return mix(((Number) o).longValue() * 7 + 3);
        if (o instanceof Boolean b) return b ? 0x51afd7ed558ccdL : 0xc4ceb9fe1a85ecL;
        if (o instanceof Character c) return mix(c + 11L);
        if (o instanceof Double d) return mix(Double.doubleToLongBits(d) + 13);
        if (o instanceof Float f) return mix(Float.floatToIntBits(f) + 17L);
        if (o instanceof Enum<?> e) return mix(e.getDeclaringClass().getName().hashCode() * 31L + e.name().hashCode());
        if (o instanceof Class<?> k) return mix(k.getName().hashCode());
        if (o instanceof Simulation) return 0x2545f4914f6cdd1dL;
        // Only the objects on the current path are remembered: a shared object is hashed in full
        // wherever it is met (so sharing never changes a hash), and a cycle closes with a constant.
        if (seen.put(o, Boolean.TRUE) != null) return 0x632be59bd9b4e019L;
        long h = composite(o);
        seen.remove(o);
        return h;
    }

    private long composite(Object o) {
        if (o instanceof List<?> list) {
            long h = 0x1f;
            for (Object e : list) h = combine(h, hash(e));
            return h;
        }
        if (o instanceof Collection<?> set) {
            long h = 0x2f;
            for (Object e : set) h += mix(hash(e));
            return mix(h + set.size());
        }
        if (o instanceof Map<?, ?> map) {
            long h = 0x3f;
            for (Map.Entry<?, ?> e : map.entrySet()) h += mix(combine(hash(e.getKey()), hash(e.getValue())));
            return mix(h + map.size());
        }
        Class<?> type = o.getClass();
        if (type.isArray()) return array(o);
        if (type.getName().startsWith("java.")) return mix(o.hashCode());
        long h = mix(type.getName().hashCode());
        try {
            for (Field f : plan(type)) h = combine(h, field(f, o));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + type.getName(), e);
        }
        return h;
    }

    private long field(Field f, Object o) throws IllegalAccessException {
        Class<?> t = f.getType();
        if (t == int.class) return mix(f.getInt(o) * 7L + 3);
        if (t == long.class) return mix(f.getLong(o) * 7 + 3);
        if (t == boolean.class) return f.getBoolean(o) ? 0x51afd7ed558ccdL : 0xc4ceb9fe1a85ecL;
        if (t == double.class) return mix(Double.doubleToLongBits(f.getDouble(o)) + 13);
        if (t.isPrimitive()) return hash(f.get(o));
        return hash(f.get(o));
    }

    private long array(Object o) {
        long h = 0x4f;
        if (o instanceof int[] a) for (int v : a) h = combine(h, v);
        else if (o instanceof long[] a) for (long v : a) h = combine(h, v);
        else if (o instanceof boolean[] a) for (boolean v : a) h = combine(h, v ? 1 : 0);
        else if (o instanceof byte[] a) for (byte v : a) h = combine(h, v);
        else if (o instanceof Object[] a) for (Object v : a) h = combine(h, hash(v));
        else {
            int n = java.lang.reflect.Array.getLength(o);
            for (int i = 0; i < n; i++) h = combine(h, hash(java.lang.reflect.Array.get(o, i)));
        }
        return h;
    }

    private Field[] plan(Class<?> type) {
        Field[] p = plans.get(type);
        if (p == null) {
            List<Field> out = new ArrayList<>();
            for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(NotState.class)) continue;
                    f.setAccessible(true);
                    out.add(f);
                }
            }
            p = out.toArray(new Field[0]);
            plans.put(type, p);
        }
        return p;
    }
}
