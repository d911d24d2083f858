package dev.taipan.objects.expose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Java method as the setter of a Python attribute (a {@code getset_descriptor} in the type dict).
 *
 * <p>Contract: an instance method taking the new value (or a static one taking self and the value);
 * a {@code null} value means delete. A getter of the same name must exist.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PySetter {
    /** The Python name; the Java method's name when empty. */
    String value() default "";

    /** The attribute's {@code __doc__}, or empty for none. */
    String doc() default "";
}
