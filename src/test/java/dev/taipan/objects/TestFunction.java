package dev.taipan.objects;

import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;
import java.util.function.Function;

/**
 * A stand-in for the interpreter's Python function in tests: a Java lambda that binds like a
 * function ({@code __get__} makes a bound method) and is an {@link UnboundMethod}.
 */
@PyClass(name = "function", baseType = false)
final class TestFunction extends PyObject implements UnboundMethod {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    static final PyType TYPE = PyType.fromClass(TestFunction.class, LOOKUP);

    private final String name;
    private final Function<PyObject[], PyObject> body;

    TestFunction(String name, Function<PyObject[], PyObject> body) {
        this.name = name;
        this.body = body;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return body.apply(args);
    }

    @PyMethod
    PyObject __get__(PyObject obj, @Opt PyObject type) {
        return obj == PyNone.NONE ? this : new PyBoundMethod(this, obj);
    }

    @PyMethod
    String __repr__() {
        return "<function " + name + ">";
    }
}
