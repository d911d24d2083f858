package dev.taipan.api;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which Java classes scripts of an engine may look up by name ({@code from java.util import
 * ArrayList}). Immutable.
 *
 * <p>What every policy guarantees:
 * <ul>
 * <li>Objects the host hands in (bindings values, arguments, results of host methods and the
 *     objects reachable from them through public members) are usable from Python: their public
 *     methods, public fields and bean properties of public classes and interfaces. Nothing else
 *     of the JVM is reachable, and no {@code engine} or {@code context} global is injected.</li>
 * <li>Under {@link #NONE} (the default) no class can be looked up: {@code import java.util} is a
 *     {@code ModuleNotFoundError}. Under {@link #allowClasses} exactly the accepted classes can be
 *     imported; any other is an {@code ImportError}. A class looked up is a callable that
 *     constructs instances through its public constructors and gives its public static members.</li>
 * <li>Only {@link #ALL} opens reflection and the classes that act on the JVM or process: under
 *     every other policy {@code getClass()}, {@code Class} objects ({@code forName},
 *     {@code getMethod}, {@code getDeclared*}), class loaders, {@code java.lang.reflect},
 *     {@code java.lang.invoke}, {@code Thread}, {@code Runtime}, {@code System},
 *     {@code ProcessBuilder} and the monitor methods ({@code wait}, {@code notify}) stay
 *     unreachable, even when an allow-list names them: such members are missing
 *     ({@code AttributeError}), and such objects show no members at all.</li>
 * </ul>
 */
public final class HostAccess {
    /** No class lookup: only what the host hands in. The default. */
    public static final HostAccess NONE = new HostAccess("none", name -> false, false, null);
    /** Every class may be looked up and reflection is open: for trusted scripts only. */
    public static final HostAccess ALL = new HostAccess("all", name -> true, true, null);

    private final String description;
    private final Predicate<String> classFilter;
    private final boolean reflection;
    /** The allowed class names of a list policy, for equality; null for the others. */
    private final Set<String> names;

    private HostAccess(String description, Predicate<String> classFilter, boolean reflection, Set<String> names) {
        this.names = names;
        this.description = description;
        this.classFilter = classFilter;
        this.reflection = reflection;
    }

    /**
     * Allows the lookup of the named classes only.
     *
     * @param classNames fully qualified binary names, such as {@code java.util.ArrayList}
     * @return the policy
     */
    public static HostAccess allowClasses(String... classNames) {
        Set<String> names = Set.of(classNames);
        return new HostAccess("classes " + names, names::contains, false, names);
    }

    /**
     * Allows the lookup of the classes a predicate accepts.
     *
     * @param filter given a fully qualified binary class name, says whether scripts may look it up
     * @return the policy
     */
    public static HostAccess allowClasses(Predicate<String> filter) {
        Objects.requireNonNull(filter, "filter");
        return new HostAccess("classes accepted by " + filter, filter, false, null);
    }

    /**
     * Whether scripts may look up a class by name.
     *
     * @param className a fully qualified binary class name
     * @return true when allowed
     */
    public boolean allowsClass(String className) {
        return className != null && classFilter.test(className);
    }

    /**
     * Whether reflection and the classes that reach outside the engine are open to scripts.
     *
     * @return true only for {@link #ALL}
     */
    public boolean allowsReflection() {
        return reflection;
    }

    /** Policies are equal when they are the same, or allow-lists of the same names. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof HostAccess other && names != null && names.equals(other.names);
    }

    @Override
    public int hashCode() {
        return names != null ? names.hashCode() : System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "HostAccess[" + description + "]";
    }
}
