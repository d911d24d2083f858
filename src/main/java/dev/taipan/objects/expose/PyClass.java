package dev.taipan.objects.expose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a Java class is the implementation of a builtin Python type.
 *
 * <p>Contract: the class must declare a {@code static final MethodHandles.Lookup LOOKUP} (or pass
 * one to {@link dev.taipan.objects.PyType#fromClass}) so the {@link Exposer} can reach its
 * annotated members, and a {@code public static final PyType TYPE} created from it. Every member
 * annotated with {@link PyMethod}, {@link PyGetter}, {@link PySetter}, {@link PyClassMethod},
 * {@link PyStaticMethod} or {@link PyNew} becomes an entry of the type dict. Classes named in
 * {@link #methods()} contribute further static members whose first parameter is {@code self}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PyClass {
    /** The Python name of the type, for example {@code "float"}. */
    String name();

    /** The value of {@code __module__}; {@code "builtins"} unless said otherwise. */
    String module() default "builtins";

    /** Whether Python classes may derive from this type (CPython's Py_TPFLAGS_BASETYPE). */
    boolean baseType() default true;

    /** Whether instances are unhashable ({@code __hash__ = None} in the type dict). */
    boolean unhashable() default false;

    /** The type's {@code __doc__}, or empty for none. */
    String doc() default "";

    /**
     * Further classes holding this type's methods as static Java methods whose first parameter is
     * {@code self}; each must declare its own {@code static final MethodHandles.Lookup LOOKUP}.
     */
    Class<?>[] methods() default {};
}
