package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.HasDict;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyNew;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/** Python's {@code module}: a namespace dict with a name; its dict is the globals of its code. */
@PyClass(name = "module")
public class PyModule extends PyObject implements HasDict {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code module} type. */
    public static final PyType TYPE = PyType.fromClass(PyModule.class, LOOKUP);

    private PyDict dict;
    /** Whether the interpreter made this module from a {@link NativeModule}: its repr says built-in. */
    boolean nativeModule;

    /** Creates a module named {@code name} with {@code __name__} and {@code __doc__} set. */
    public PyModule(String name) {
        this(new PyDict(), name);
    }

    /** Creates a module over an existing namespace. */
    public PyModule(PyDict dict, String name) {
        this.dict = dict;
        dict.put(PyStr.of("__name__"), PyStr.of(name));
        if (dict.getStr("__doc__") == null) {
            dict.put(PyStr.of("__doc__"), PyNone.NONE);
        }
        for (String key : new String[] {"__package__", "__loader__", "__spec__"}) {
            if (dict.getStr(key) == null) {
                dict.put(PyStr.of(key), PyNone.NONE);
            }
        }
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    /** The module's {@code __name__}, or "?" when it has none. */
    public String name() {
        PyObject n = dict.getStr("__name__");
        return n instanceof PyStr s ? s.toString() : "?";
    }

    /** Sets a global of the module. */
    public void put(String name, PyObject value) {
        dict.put(PyStr.of(name), value);
    }

    /** Reads a global of the module, or null. */
    public PyObject get(String name) {
        return dict.getStr(name);
    }

    /** {@code types.ModuleType(name)}: a module made from Python, named by its {@code __init__}. */
    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
        return new PyModule("?");
    }

    @PyMethod
    void __init__(PyObject name, @Opt PyObject doc) {
        dict.put(PyStr.of("__name__"), name);
        dict.put(PyStr.of("__doc__"), doc == null ? PyNone.NONE : doc);
    }

    @PyMethod
    PyObject __getattr__(PyObject name) {
        // PEP 562: a module-level __getattr__ function answers missing attributes.
        PyObject hook = dict.getStr("__getattr__");
        if (hook != null) {
            return hook.call(name);
        }
        throw Errors.of(ExceptionTypes.AttributeError, "module '%s' has no attribute '%s'", name(), name);
    }

    @PyMethod
    PyObject __repr__() {
        PyObject file = dict.getStr("__file__");
        if (file instanceof PyStr f) {
            return PyStr.of("<module '" + name() + "' from '" + f + "'>");
        }
        return PyStr.of(nativeModule ? "<module '" + name() + "' (built-in)>" : "<module '" + name() + "'>");
    }

    @PyGetter
    PyObject __dict__() {
        return dict;
    }

    @PyMethod
    PyObject __dir__() {
        return Abstract.callMethod(dict, "keys");
    }
}
