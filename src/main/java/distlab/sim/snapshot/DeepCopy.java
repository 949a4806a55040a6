package distlab.sim.snapshot;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Copies an object graph deeply, keeping its shape: an object reached twice is copied once,
 * cycles included. It is how a session is checkpointed for time travel and model checking
 * (docs/architecture.md, snapshots), so protocols need no copy code of their own; they only keep
 * their state in plain fields, records, arrays and collections.
 *
 * <ul>
 * <li>Immutable values (strings, boxed numbers, enums, classes, {@link Immutable} declarations)
 *     and the objects the caller names as shared are kept, not copied; transient fields are left
 *     empty.</li>
 * <li>Records are rebuilt through their canonical constructor; arrays and the lab's own classes
 *     field by field; the JDK's collections through their public API, in iteration order.</li>
 * <li>A lambda that captures nothing is kept; one that captures state cannot be copied faithfully
 *     and is refused, as is any other class it does not know, so a test finds it at once.</li>
 * </ul>
 * One copier keeps what it learnt about each class; each {@link #copy} call starts a new graph.
 */
public final class DeepCopy {
    private final Map<Class<?>, ClassPlan> plans = new HashMap<>();
    private IdentityHashMap<Object, Object> copies;
    private Set<Object> shared;
    private int lastCount;

    /** How many objects the last {@link #copy} made: a measure of a snapshot's size, for memory budgets;
     *  the next copy's identity map starts that big instead of growing. */
    public int lastCount() {
        return lastCount;
    }

    /** A copy of {@code root}; objects in {@code keep} (by identity) are shared with the original. */
    @SuppressWarnings("unchecked")
    public <T> T copy(T root, Set<Object> keep) {
        copies = new IdentityHashMap<>(Math.max(32, lastCount));
        shared = keep;
        try {
            return (T) copyOf(root);
        } finally {
            lastCount = copies.size();
            copies = null;
            shared = null;
        }
    }

    private Object copyOf(Object o) {
        if (o == null) return null;
        ClassPlan p = plan(o.getClass());
        // Shared values skip the identity map: hashing a fresh object's identity is the costly part.
        if (p == ClassPlan.SHARE || shared.contains(o)) return o;
        Object done = copies.get(o);
        if (done != null) return done;
        return p.copy(this, o);
    }

    private ClassPlan plan(Class<?> type) {
        ClassPlan p = plans.get(type);
        if (p == null) {
            p = ClassPlan.of(type);
            plans.put(type, p);
        }
        return p;
    }

    private Object remember(Object original, Object copy) {
        copies.put(original, copy);
        return copy;
    }

    /** A class the copier refuses, with the chain of fields that led to it. */
    public static final class Unsupported extends IllegalStateException {
        private final String problem;
        private final String where;

        Unsupported(String problem, String where) {
            super(where.isEmpty() ? problem : problem + " (at " + where + ")");
            this.problem = problem;
            this.where = where;
        }

        Unsupported at(String field) {
            return new Unsupported(problem, where.isEmpty() ? field : field + "." + where);
        }
    }

    /** How objects of one class are copied. */
    private interface ClassPlan {
        /** Immutable objects are shared, not copied. */
        ClassPlan SHARE = (c, o) -> o;

        Object copy(DeepCopy c, Object o);

        static ClassPlan of(Class<?> type) {
            if (isImmutable(type) || Immutable.class.isAssignableFrom(type)) return SHARE;
            if (type.isArray()) return type.getComponentType().isPrimitive() ? DeepCopy::copyPrimitiveArray : DeepCopy::copyObjectArray;
            if (type.isRecord()) return new RecordPlan(type);
            if (type.isSynthetic() || type.isHidden()) {
                if (instanceFields(type).isEmpty()) return (c, o) -> o;
                throw new Unsupported("cannot copy " + type.getName() + ": a lambda that captures state is kept in a"
                        + " session's state; keep state in fields and records (docs/architecture.md, snapshots)", "");
            }
            ClassPlan collection = CollectionPlans.of(type);
            if (collection != null) return collection;
            if (type.getName().startsWith("java.") || type.getName().startsWith("jdk.") || type.getName().startsWith("sun.")) {
                throw new Unsupported("cannot copy " + type.getName() + " in a session's state: use a plain collection", "");
            }
            return new FieldPlan(type);
        }
    }

    private static boolean isImmutable(Class<?> type) {
        return type == String.class || type == Integer.class || type == Long.class || type == Boolean.class || type == Double.class
                || type == Character.class || type == Byte.class || type == Short.class || type == Float.class || type == Class.class
                || type.isEnum() || (type.getSuperclass() != null && type.getSuperclass().isEnum())
                || type == java.math.BigInteger.class || type == java.math.BigDecimal.class || type == Object.class;
    }

    private static Object copyPrimitiveArray(DeepCopy c, Object o) {
        int n = Array.getLength(o);
        Object copy = Array.newInstance(o.getClass().getComponentType(), n);
        System.arraycopy(o, 0, copy, 0, n);
        return c.remember(o, copy);
    }

    private static Object copyObjectArray(DeepCopy c, Object o) {
        Object[] from = (Object[]) o;
        Object[] copy = (Object[]) Array.newInstance(o.getClass().getComponentType(), from.length);
        c.remember(o, copy);
        for (int i = 0; i < from.length; i++) copy[i] = c.copyOf(from[i]);
        return copy;
    }

    private static List<Field> instanceFields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                // Transient fields are not state (a front end's hooks): the copy starts them empty.
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) continue;
                out.add(f);
            }
        }
        return out;
    }

    /** The lab's own classes: allocated without a constructor, then field by field. */
    private static final class FieldPlan implements ClassPlan {
        private final Class<?> type;
        private final Field[] fields;

        FieldPlan(Class<?> type) {
            this.type = type;
            this.fields = instanceFields(type).toArray(new Field[0]);
            for (Field f : fields) f.setAccessible(true);
        }

        @Override
        public Object copy(DeepCopy c, Object o) {
            Object copy = Allocator.allocate(type);
            c.remember(o, copy);
            try {
                for (Field f : fields) {
                    if (f.getType().isPrimitive()) copyPrimitive(f, o, copy);
                    else f.set(copy, copyField(c, f, o));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot copy " + type.getName() + ": " + e.getMessage(), e);
            }
            return copy;
        }

        /** A field's value copied; a refusal says where in the graph it happened. */
        private static Object copyField(DeepCopy c, Field f, Object o) throws IllegalAccessException {
            try {
                return c.copyOf(f.get(o));
            } catch (Unsupported e) {
                throw e.at(f.getDeclaringClass().getSimpleName() + "." + f.getName());
            }
        }

        private static void copyPrimitive(Field f, Object from, Object to) throws IllegalAccessException {
            Class<?> t = f.getType();
            if (t == int.class) f.setInt(to, f.getInt(from));
            else if (t == long.class) f.setLong(to, f.getLong(from));
            else if (t == boolean.class) f.setBoolean(to, f.getBoolean(from));
            else if (t == double.class) f.setDouble(to, f.getDouble(from));
            else if (t == byte.class) f.setByte(to, f.getByte(from));
            else if (t == char.class) f.setChar(to, f.getChar(from));
            else if (t == short.class) f.setShort(to, f.getShort(from));
            else f.setFloat(to, f.getFloat(from));
        }
    }

    /** A record: its components copied, then its canonical constructor. */
    private static final class RecordPlan implements ClassPlan {
        private final RecordComponent[] components;
        private final Constructor<?> constructor;

        RecordPlan(Class<?> type) {
            components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                components[i].getAccessor().setAccessible(true);
            }
            try {
                constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
            }
        }

        @Override
        public Object copy(DeepCopy c, Object o) {
            try {
                Object[] args = new Object[components.length];
                boolean same = true;
                for (int i = 0; i < components.length; i++) {
                    Object value = components[i].getAccessor().invoke(o);
                    args[i] = components[i].getType().isPrimitive() ? value : c.copyOf(value);
                    same &= args[i] == value;
                }
                // A record of immutable parts is immutable: share it.
                return c.remember(o, same ? o : constructor.newInstance(args));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot copy record " + o.getClass().getName() + ": " + e.getMessage(), e);
            }
        }
    }

    /** The JDK collections a session may hold, rebuilt through their public API in iteration order. */
    private static final class CollectionPlans {
        private CollectionPlans() {}

        @SuppressWarnings({"unchecked", "rawtypes"})
        static ClassPlan of(Class<?> type) {
            if (type == ArrayList.class) return (c, o) -> fill(c, o, new ArrayList<>(((Collection<?>) o).size()));
            if (type == LinkedList.class) return (c, o) -> fill(c, o, new LinkedList<>());
            if (type == ArrayDeque.class) return (c, o) -> fill(c, o, new ArrayDeque<>(((Collection<?>) o).size()));
            if (type == LinkedHashSet.class) return (c, o) -> fill(c, o, new LinkedHashSet<>());
            if (type == java.util.HashSet.class) return (c, o) -> fill(c, o, new java.util.HashSet<>());
            if (type == TreeSet.class) return (c, o) -> fill(c, o, new TreeSet<>(((TreeSet) o).comparator()));
            if (type == LinkedHashMap.class) return (c, o) -> fillMap(c, o, new LinkedHashMap<>());
            if (type == HashMap.class) return (c, o) -> fillMap(c, o, new HashMap<>());
            if (type == TreeMap.class) return (c, o) -> fillMap(c, o, new TreeMap<>(((TreeMap) o).comparator()));
            if (type == java.util.BitSet.class) return (c, o) -> c.remember(o, ((java.util.BitSet) o).clone());
            if (type == EnumMap.class) return (c, o) -> fillMap(c, o, new EnumMap<>((EnumMap) o)); // keys are enums
            String name = type.getName();
            if (name.startsWith("java.util.ImmutableCollections$List")) return (c, o) -> c.remember(o, List.of(elements(c, o)));
            if (name.startsWith("java.util.ImmutableCollections$Set")) return (c, o) -> c.remember(o, Set.of(elements(c, o)));
            if (name.startsWith("java.util.ImmutableCollections$Map")) return CollectionPlans::immutableMap;
            if (name.startsWith("java.util.Collections$Empty")) return (c, o) -> o;
            if (name.startsWith("java.util.Collections$Singleton")) return (c, o) -> c.remember(o, singleton(c, o));
            if (name.startsWith("java.util.Collections$Unmodifiable")) {
                // A view's backing collection cannot be reached without opening java.util, and opening
                // it costs every start-up: keep views in transient fields, or make them on demand.
                throw new Unsupported("cannot copy " + name + " in a session's state: keep the backing collection,"
                        + " and make the view on demand or in a transient field", "");
            }
            return null;
        }

        private static Object fill(DeepCopy c, Object o, Collection<Object> copy) {
            c.remember(o, copy);
            for (Object e : (Collection<?>) o) copy.add(c.copyOf(e));
            return copy;
        }

        private static Object fillMap(DeepCopy c, Object o, Map<Object, Object> copy) {
            if (copy instanceof EnumMap) copy.clear();
            c.remember(o, copy);
            for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) copy.put(c.copyOf(e.getKey()), c.copyOf(e.getValue()));
            return copy;
        }

        private static Object[] elements(DeepCopy c, Object o) {
            Collection<?> from = (Collection<?>) o;
            Object[] out = new Object[from.size()];
            int i = 0;
            for (Object e : from) out[i++] = c.copyOf(e);
            return out;
        }

        private static Object singleton(DeepCopy c, Object o) {
            if (o instanceof List<?> l) return java.util.Collections.singletonList(c.copyOf(l.get(0)));
            if (o instanceof Set<?> set) return java.util.Collections.singleton(c.copyOf(set.iterator().next()));
            Map.Entry<?, ?> e = ((Map<?, ?>) o).entrySet().iterator().next();
            return java.util.Collections.singletonMap(c.copyOf(e.getKey()), c.copyOf(e.getValue()));
        }

        private static Object immutableMap(DeepCopy c, Object o) {
            Map<?, ?> from = (Map<?, ?>) o;
            Map<Object, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : from.entrySet()) copy.put(c.copyOf(e.getKey()), c.copyOf(e.getValue()));
            return c.remember(o, Map.copyOf(copy));
        }
    }
}
