package dev.taipan.objects.expose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the static Java method that is the type's {@code __new__}.
 *
 * <p>Contract: {@code static} and first parameter {@code PyType cls} (the type being created, which
 * may be a Python subclass; the method must then return an instance of that subclass, usually a
 * {@code Derived} Java subclass). The remaining parameters follow the {@link PyMethod} contract.
 * The exposer checks {@code cls} is a subtype of the defining type, with CPython's message.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PyNew {
}
