package dev.taipan.objects.expose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a keyword-only parameter and gives its name; it must follow the positional parameters
 * and any {@link Args} parameter.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface KwOnly {
    /** The parameter's Python name. */
    String value();
}
