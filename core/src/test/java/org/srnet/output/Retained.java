package org.srnet.output;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Approximate bytes reachable from an object, found by walking the object graph: srnet's own objects field by field,
 * arrays element by element, JDK collections and maps through their public API, strings by length, and any other JDK
 * object (a path, a channel, a boxed number) as one small object. Not the JVM's exact layout, but it counts every
 * array and object a writer keeps, so what a writer retains per frame shows up as growth.
 */
final class Retained {
    private static final int HEADER = 16;
    private static final int REFERENCE = 8;

    private Retained() {}

    static long bytes(Object root) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        long total = 0;
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (seen.put(o, Boolean.TRUE) != null) {
                continue;
            }
            Class<?> c = o.getClass();
            if (c.isArray()) {
                int n = Array.getLength(o);
                Class<?> e = c.getComponentType();
                total += HEADER + (long) n * (e.isPrimitive() ? primitiveBytes(e) : REFERENCE);
                if (!e.isPrimitive()) {
                    for (int i = 0; i < n; i++) {
                        push(todo, Array.get(o, i));
                    }
                }
            } else if (o instanceof Collection<?> col) {
                total += HEADER + (long) col.size() * 2 * REFERENCE;
                col.forEach(x -> push(todo, x));
            } else if (o instanceof Map<?, ?> map) {
                total += HEADER + (long) map.size() * 4 * REFERENCE;
                map.forEach((k, v) -> {
                    push(todo, k);
                    push(todo, v);
                });
            } else if (o instanceof String s) {
                total += HEADER + REFERENCE + s.length();
            } else if (c.getName().startsWith("org.srnet.")) {
                total += HEADER + fields(o, c, todo);
            } else {
                total += HEADER;
            }
        }
        return total;
    }

    /** Bytes of the instance fields of {@code o} declared by srnet's classes; pushes what they reference. */
    private static long fields(Object o, Class<?> c, Deque<Object> todo) {
        long bytes = 0;
        for (Class<?> k = c; k != null && k.getName().startsWith("org.srnet."); k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                if (f.getType().isPrimitive()) {
                    bytes += primitiveBytes(f.getType());
                    continue;
                }
                bytes += REFERENCE;
                f.setAccessible(true);
                try {
                    push(todo, f.get(o));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return bytes;
    }

    private static void push(Deque<Object> todo, Object o) {
        if (o != null) {
            todo.push(o);
        }
    }

    private static int primitiveBytes(Class<?> t) {
        if (t == long.class || t == double.class) {
            return 8;
        }
        if (t == int.class || t == float.class) {
            return 4;
        }
        return t == short.class || t == char.class ? 2 : 1;
    }
}
