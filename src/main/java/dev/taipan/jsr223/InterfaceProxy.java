package dev.taipan.jsr223;

import dev.taipan.objects.PyObject;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;

import javax.script.ScriptException;

/**
 * A Java interface implemented by Python callables, for {@code Invocable.getInterface}. Each
 * interface method calls the Python callable of the same name, looked up again at every call (so
 * a script may redefine it), with the arguments converted to Python; the result is converted back
 * and then to the method's return type (numbers widen or narrow as Java casts do; a mismatch is a
 * {@link ClassCastException}). A default method with no Python callable of its name runs its Java
 * body. {@code equals}, {@code hashCode} and {@code toString} are the proxy's own, by identity.
 *
 * <p>A Python exception surfaces as the {@link ScriptException} when the method declares it, and
 * otherwise, as for any proxy, inside an {@link java.lang.reflect.UndeclaredThrowableException}.
 */
final class InterfaceProxy implements InvocationHandler {
    /** Finds the callable for a method name, or null. */
    @FunctionalInterface
    interface Resolver {
        PyObject resolve(String name) throws ScriptException;
    }

    private final TaipanScriptEngine engine;
    private final Class<?> iface;
    private final Resolver resolver;

    private InterfaceProxy(TaipanScriptEngine engine, Class<?> iface, Resolver resolver) {
        this.engine = engine;
        this.iface = iface;
        this.resolver = resolver;
    }

    /**
     * The proxy, or null when an abstract method of {@code iface} has no callable.
     *
     * @throws IllegalArgumentException when {@code iface} is not an interface, or looking a
     *     callable up raised an error other than {@code AttributeError}
     */
    static <T> T create(TaipanScriptEngine engine, Class<T> iface, Resolver resolver) {
        if (iface == null || !iface.isInterface()) {
            throw new IllegalArgumentException("not an interface: " + iface);
        }
        try {
            for (Method m : iface.getMethods()) {
                if (Modifier.isAbstract(m.getModifiers()) && !isObjectMethod(m)
                        && resolver.resolve(m.getName()) == null) {
                    return null;
                }
            }
        } catch (ScriptException e) {
            throw new IllegalArgumentException("cannot implement " + iface.getName() + ": " + e.getMessage(), e);
        }
        Object proxy = Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface},
                new InterfaceProxy(engine, iface, resolver));
        return iface.cast(proxy);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "Python implementation of " + iface.getName();
            };
        }
        PyObject fn = resolver.resolve(method.getName());
        if (fn == null) {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw new UnsupportedOperationException("Python no longer defines " + method.getName());
        }
        return Coercions.toReturnType(engine.call(fn, args), method.getReturnType());
    }

    /** An interface may redeclare {@code equals}, {@code hashCode} or {@code toString}. */
    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
