package dev.taipan.interop;

import dev.taipan.interp.Interpreter;
import dev.taipan.interp.ThreadEntry;
import dev.taipan.objects.PyObject;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;

/**
 * A Python callable passed where Java expects a functional interface ({@code Function},
 * {@code Runnable}, {@code Comparator}, any public interface with one abstract method): the
 * interface's method calls the callable with converted arguments and fits the result to its
 * return type; default methods run their Java bodies; {@code equals}, {@code hashCode} and
 * {@code toString} are the proxy's own. A Python exception the callable raises travels through
 * the Java caller unchanged. Handing the proxy back to Python gives the callable itself. When the
 * boundary names an interpreter, each call enters it first, so Java may call the proxy from any
 * thread (a stream's worker, an executor) and the callable runs holding the GIL.
 */
final class CallableProxy implements InvocationHandler {
    private static final ClassValue<Optional<Method>> FUNCTIONAL = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            if (!type.isInterface() || !MemberTable.accessible(type)) {
                return Optional.empty();
            }
            return Optional.ofNullable(MemberTable.singleAbstractMethod(type));
        }
    };

    private final Class<?> iface;
    private final PyObject callable;
    private final Boundary boundary;

    private CallableProxy(Class<?> iface, PyObject callable, Boundary boundary) {
        this.iface = iface;
        this.callable = callable;
        this.boundary = boundary;
    }

    /** Whether a type is a public functional interface. */
    static boolean isFunctional(Class<?> type) {
        return FUNCTIONAL.get(type).isPresent();
    }

    /** A proxy implementing a functional interface with a Python callable. */
    static Object create(Class<?> iface, PyObject callable, Boundary b) {
        return Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface},
                new CallableProxy(iface, callable, b));
    }

    /** The Python callable. */
    PyObject callable() {
        return callable;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class || MemberTable.isObjectMethod(method)) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "Python callable implementing " + iface.getName();
            };
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        Interpreter interp = boundary.interpreter();
        if (interp == null) {
            return callPython(method, args);
        }
        try (ThreadEntry entry = interp.enterThread()) {
            return callPython(method, args);
        }
    }

    private Object callPython(Method method, Object[] args) {
        PyObject[] pyArgs = new PyObject[args == null ? 0 : args.length];
        for (int i = 0; i < pyArgs.length; i++) {
            pyArgs[i] = JavaValues.toPython(args[i], boundary);
        }
        PyObject result = callable.call(pyArgs, null);
        Class<?> type = method.getReturnType();
        if (type != void.class && JavaArgs.score(result, type) < JavaArgs.NO) {
            return JavaArgs.convert(result, type, boundary);
        }
        return Coercions.toReturnType(JavaValues.toJava(result, boundary), type);
    }
}
