package dev.taipan.interop;

import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/**
 * The public Java methods of one name, bound to an object (or static, or a class's constructors):
 * calling it picks the overload that fits the arguments (see {@link Overloads}).
 */
@PyClass(name = "JavaMethod", module = "java", baseType = false)
public final class JavaMethod extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code JavaMethod}. */
    public static final PyType TYPE = PyType.fromClass(JavaMethod.class, LOOKUP);

    private final Object receiver;
    private final Invoker[] overloads;
    private final Boundary boundary;
    private final String qualifiedName;

    JavaMethod(Object receiver, Invoker[] overloads, Boundary boundary, String qualifiedName) {
        this.receiver = receiver;
        this.overloads = overloads;
        this.boundary = boundary;
        this.qualifiedName = qualifiedName;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return Overloads.call(receiver, overloads, args, kwnames, boundary, qualifiedName);
    }

    @PyMethod
    PyObject __call__(@Args PyObject[] args, @Kwargs PyDict kw) {
        String[] names = null;
        PyObject[] all = args;
        if (kw != null && kw.size() > 0) {
            PyObject[] keys = kw.keysArray();
            names = new String[keys.length];
            all = new PyObject[args.length + keys.length];
            System.arraycopy(args, 0, all, 0, args.length);
            for (int i = 0; i < keys.length; i++) {
                names[i] = keys[i].toString();
                all[args.length + i] = kw.get(keys[i]);
            }
        }
        return call(all, names);
    }

    @PyMethod
    PyObject __repr__() {
        return PyStr.of("<java method " + qualifiedName + ">");
    }
}
