package dev.taipan.interop;

import dev.taipan.objects.PyType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Python type of host objects of each Java class, made once per class for the whole JVM
 * (types are immutable and hold no interpreter object). It is named after the class and derives
 * from the protocol types the class supports, so {@code len}, {@code iter}, comparisons,
 * {@code with} and calls work exactly where Java supports them: a {@code List}, {@code Map},
 * {@code Set}, array or {@code Iterator} gets the matching view type ({@code JavaList},
 * {@code JavaMap}, {@code JavaSet}, {@code JavaArray}, {@code JavaIterator}); any class may add
 * {@code JavaIterable}, {@code JavaSized} (other collections), {@code JavaComparable},
 * {@code JavaCloseable} and {@code JavaCallable} (a functional interface).
 */
final class HostTypes {
    /** What a Java object looks like from Python. */
    enum Kind { LIST, MAP, SET, ARRAY, ITERATOR, OBJECT }

    static final PyType ITERABLE = mixin("JavaIterable", HostProtocols.Iterating.class);
    static final PyType SIZED = mixin("JavaSized", HostProtocols.Sized.class);
    static final PyType COMPARABLE = mixin("JavaComparable", HostProtocols.Comparing.class);
    static final PyType CLOSEABLE = mixin("JavaCloseable", HostProtocols.Closing.class);
    static final PyType CALLABLE = mixin("JavaCallable", HostProtocols.Calling.class);

    private static final ClassValue<PyType> TYPES = new ClassValue<>() {
        @Override
        protected PyType computeValue(Class<?> c) {
            return make(c);
        }
    };

    private HostTypes() {
    }

    private static PyType mixin(String name, Class<?> methods) {
        return PyType.builtin(name, HostObject.class, new PyType[] {HostObject.TYPE}, methods,
                dev.taipan.objects.expose.Exposer.lookupOf(methods));
    }

    /** The type of host objects of a class. */
    static PyType of(Class<?> c) {
        return TYPES.get(c);
    }

    /** How objects of a class are seen. */
    static Kind kind(Class<?> c) {
        if (c.isArray()) {
            return Kind.ARRAY;
        } else if (List.class.isAssignableFrom(c)) {
            return Kind.LIST;
        } else if (Map.class.isAssignableFrom(c)) {
            return Kind.MAP;
        } else if (Set.class.isAssignableFrom(c)) {
            return Kind.SET;
        } else if (Iterator.class.isAssignableFrom(c)) {
            return Kind.ITERATOR;
        }
        return Kind.OBJECT;
    }

    private static PyType make(Class<?> c) {
        List<PyType> bases = new ArrayList<>();
        switch (kind(c)) {
            case LIST -> bases.add(JavaList.TYPE);
            case MAP -> bases.add(JavaMap.TYPE);
            case SET -> bases.add(JavaSet.TYPE);
            case ARRAY -> bases.add(JavaArray.TYPE);
            case ITERATOR -> bases.add(JavaIterator.TYPE);
            case OBJECT -> {
                if (Iterable.class.isAssignableFrom(c)) {
                    bases.add(ITERABLE);
                }
                if (java.util.Collection.class.isAssignableFrom(c)) {
                    bases.add(SIZED);
                }
            }
        }
        if (Comparable.class.isAssignableFrom(c)) {
            bases.add(COMPARABLE);
        }
        if (AutoCloseable.class.isAssignableFrom(c)) {
            bases.add(CLOSEABLE);
        }
        if (!c.isArray() && MemberTable.of(c).functionalMethod != null) {
            bases.add(CALLABLE);
        }
        if (bases.isEmpty()) {
            bases.add(HostObject.TYPE);
        }
        return PyType.builtin(c.getTypeName(), HostObject.class, bases.toArray(new PyType[0]), null, null);
    }
}
