package dev.taipan.objects.expose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a static Java method of a {@link PyModuleDef} class as a module-level Python function.
 * The first parameter may be an {@code Interpreter}-free context only through the module's own
 * fields; parameters follow the rules of {@link PyMethod}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PyFunction {
    /** The Python name, when it differs from the Java method's name. */
    String value() default "";

    /** The function's {@code __doc__}, or empty for none. */
    String doc() default "";
}
