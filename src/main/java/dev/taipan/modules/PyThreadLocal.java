package dev.taipan.modules;

import dev.taipan.interp.WeakThreadLocal;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.HasDict;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;

/**
 * {@code _thread._local} ({@code threading.local}): an object whose attributes each thread sees
 * apart. The instance dictionary is kept per thread in a Java {@link ThreadLocal}, so a thread's
 * values go when the thread ends, and the first use in a thread runs a subclass's
 * {@code __init__} again with the creation arguments, as CPython does.
 */
// CPython: Modules/_threadmodule.c, localobject
@PyClass(name = "_local", module = "_thread", doc = "Thread-local data")
public final class PyThreadLocal extends PyObject implements HasDict {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code _thread._local}. */
    public static final PyType TYPE = PyType.fromClass(PyThreadLocal.class, LOOKUP);

    private final PyType type;
    private final PyObject[] args;
    private final PyDict kwargs;
    private final WeakThreadLocal<PyDict> dicts = new WeakThreadLocal<>();

    private PyThreadLocal(PyType type, PyObject[] args, PyDict kwargs) {
        this.type = type;
        this.args = args;
        this.kwargs = kwargs;
    }

    @Override
    public PyType getType() {
        return type;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
        boolean hasArgs = args.length > 0 || kwargs != null && kwargs.size() > 0;
        if (hasArgs && cls.lookup("__init__") == PyType.OBJECT_TYPE.getDict().get("__init__")) {
            throw Errors.typeError("Initialization arguments are not supported");
        }
        PyThreadLocal local = new PyThreadLocal(cls, args, kwargs == null ? null : kwargs.copy());
        // The creating thread's __init__ is the ordinary one that type.__call__ makes next.
        local.dicts.set(new PyDict());
        return local;
    }

    @Override
    public PyDict getDict() {
        PyDict d = dicts.get();
        if (d == null) {
            d = new PyDict();
            dicts.set(d);
            PyObject init = type.lookup("__init__");
            if (init != null && init != PyType.OBJECT_TYPE.getDict().get("__init__")) {
                PyObject[] all = new PyObject[args.length + 1];
                all[0] = this;
                System.arraycopy(args, 0, all, 1, args.length);
                Abstract.callWithDict(init, all, kwargs);
            }
        }
        return d;
    }

    @Override
    public void setDict(PyDict dict) {
        throw Errors.attributeError(this, "__dict__",
                String.format("'%.100s' object attribute '__dict__' is read-only", type.getName()));
    }
}
