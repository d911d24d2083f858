package dev.taipan.objects.expose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a parameter's default value as Python literal text.
 *
 * <p>Contract: one of {@code None}, {@code True}, {@code False}, a decimal int (optionally
 * negative), a float literal, or a single- or double-quoted string without escapes. The text is
 * parsed once by the {@link Exposer} and converted by the parameter's declared Java type.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Default {
    /** The default as Python literal text. */
    String value();
}
