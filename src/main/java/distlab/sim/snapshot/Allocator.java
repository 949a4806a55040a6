package distlab.sim.snapshot;

import java.lang.reflect.Field;

/**
 * Makes an instance of a class without running a constructor, as a copy must start from
 * nothing and take every field from the original.
 */
final class Allocator {
    private static final sun.misc.Unsafe UNSAFE = unsafe();

    private Allocator() {}

    static Object allocate(Class<?> type) {
        try {
            return UNSAFE.allocateInstance(type);
        } catch (InstantiationException e) {
            throw new IllegalStateException("cannot copy " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    private static sun.misc.Unsafe unsafe() {
        try {
            Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
