package dev.taipan.objects.expose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Java method as the getter of a Python attribute (a {@code getset_descriptor} in the type dict).
 *
 * <p>Contract: an instance method taking no parameters (or a static one taking self) returning
 * a value converted like a {@link PyMethod} result.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PyGetter {
    /** The Python name; the Java method's name when empty. */
    String value() default "";

    /** The attribute's {@code __doc__}, or empty for none. */
    String doc() default "";
}
