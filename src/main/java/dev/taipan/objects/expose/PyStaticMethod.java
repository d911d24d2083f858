package dev.taipan.objects.expose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static Java method as a Python static method; its parameters follow the
 * {@link PyMethod} contract without a self parameter.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PyStaticMethod {
    /** The Python name; the Java method's name when empty. */
    String value() default "";

    /** The method's {@code __doc__}, or empty for none. */
    String doc() default "";
}
