package dev.taipan.objects.expose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Java method as a Python instance method of the type that declares it.

 * <p>Contract: an instance method of the {@link PyClass} class (self is {@code this}), or a
 * static method of a class listed in {@link PyClass#methods()} whose first parameter is self.
 * The remaining Java parameters are the Python parameters, in order: positional-only ones (no
 * annotation), then ones with {@link Name} (positional-or-keyword), then at most one {@link Args}
 * {@code PyObject[]}, then {@link KwOnly} ones, then at most one {@link Kwargs} {@code PyDict}.
 * Once a positional parameter has a {@link Default} or {@link Opt}, every later positional one
 * must too. Each argument is converted by its declared Java type (see {@link Exposer}); the return
 * value likewise ({@code void} gives None).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PyMethod {
    /** The Python name; the Java method's name when empty. */
    String value() default "";

    /** The method's {@code __doc__}, or empty for none. */
    String doc() default "";
}
