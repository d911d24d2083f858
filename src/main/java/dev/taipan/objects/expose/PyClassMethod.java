package dev.taipan.objects.expose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static Java method as a Python class method; its first parameter is the {@code
 * PyType} the method was looked up on, the rest follow the {@link PyMethod} contract.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PyClassMethod {
    /** The Python name; the Java method's name when empty. */
    String value() default "";

    /** The method's {@code __doc__}, or empty for none. */
    String doc() default "";
}
