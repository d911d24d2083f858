package dev.taipan.objects.expose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a Java class implements a native Python module.
 *
 * <p>Contract: the class declares a {@code static final MethodHandles.Lookup LOOKUP}; every static
 * method annotated {@link PyFunction} becomes a module-level builtin function, with parameters
 * declared as for {@link PyMethod} (positional-only unless {@link Name}d, {@link Default},
 * {@link Opt}, {@link KwOnly}, {@link Args}, {@link Kwargs}). Anything else the module holds
 * (constants, types) its initialiser adds by hand.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PyModuleDef {
    /** The module's import name, for example {@code "math"}. */
    String name();

    /** The module's {@code __doc__}, or empty for none. */
    String doc() default "";
}
