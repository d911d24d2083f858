package dev.taipan.interop;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * One public Java method or constructor, callable with boxed arguments: its parameter types (for
 * choosing an overload) and a method handle found through the public lookup, so only public
 * members of public, exported classes are ever reached. Immutable and shared by every engine.
 */
final class Invoker {
    final String name;
    final Class<?>[] params;
    final boolean varargs;
    final boolean isStatic;
    final Class<?> returnType;
    /** {@code (Object receiver, Object[] args)Object}, or {@code (Object[] args)Object} when static. */
    private final MethodHandle spread;

    private Invoker(String name, Class<?>[] params, boolean varargs, boolean isStatic, Class<?> returnType,
            MethodHandle handle) {
        this.name = name;
        this.params = params;
        this.varargs = varargs;
        this.isStatic = isStatic;
        this.returnType = returnType;
        MethodHandle fixed = handle.asFixedArity();
        this.spread = fixed.asType(fixed.type().generic()).asSpreader(Object[].class, params.length);
    }

    /** An instance or static method, or null when the public lookup cannot reach it through {@code refc}. */
    static Invoker method(Class<?> refc, java.lang.reflect.Method m) {
        boolean isStatic = java.lang.reflect.Modifier.isStatic(m.getModifiers());
        MethodType type = MethodType.methodType(m.getReturnType(), m.getParameterTypes());
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle h = isStatic ? lookup.findStatic(refc, m.getName(), type)
                    : lookup.findVirtual(refc, m.getName(), type);
            return new Invoker(m.getName(), m.getParameterTypes(), m.isVarArgs(), isStatic, m.getReturnType(), h);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** A constructor, or null when the public lookup cannot reach it. */
    static Invoker constructor(Class<?> c, java.lang.reflect.Constructor<?> k) {
        try {
            MethodHandle h = MethodHandles.publicLookup().findConstructor(c,
                    MethodType.methodType(void.class, k.getParameterTypes()));
            return new Invoker(c.getName(), k.getParameterTypes(), k.isVarArgs(), true, c, h);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Calls with Java arguments already fitted to {@link #params}; the receiver is ignored when static. */
    Object invoke(Object receiver, Object[] args) throws Throwable {
        return isStatic ? (Object) spread.invokeExact(args) : (Object) spread.invokeExact(receiver, args);
    }

    /** The signature as an error message lists it, such as {@code add(int, java.lang.Object)}. */
    String signature() {
        StringBuilder b = new StringBuilder(name).append('(');
        for (int i = 0; i < params.length; i++) {
            b.append(i == 0 ? "" : ", ");
            if (varargs && i == params.length - 1) {
                b.append(params[i].getComponentType().getTypeName()).append("...");
            } else {
                b.append(params[i].getTypeName());
            }
        }
        return b.append(')').toString();
    }
}
