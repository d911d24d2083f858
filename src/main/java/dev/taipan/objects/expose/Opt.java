package dev.taipan.objects.expose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an optional parameter without a default: when the caller omits it the Java method
 * receives {@code null} (CPython's "NULL" argument, as in {@code dict.pop(key[, default])}). Only
 * reference-typed parameters may carry it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Opt {
}
