package dev.taipan.interp;

import dev.taipan.code.CodeObject;
import dev.taipan.interp.specialize.Adaptive;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/**
 * Python's {@code code} type: one engine's view of a shared, immutable {@link CodeObject}. It holds
 * what that engine adds to the code: the constants turned into objects (nested code objects
 * become nested {@code PyCode}s, made once) and the specialization state: the adaptive copy of the
 * instructions that the specializer rewrites, with its inline caches ({@link Adaptive}).
 */
@PyClass(name = "code", baseType = false)
public final class PyCode extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code code} type. */
    public static final PyType TYPE = PyType.fromClass(PyCode.class, LOOKUP);

    final CodeObject code;
    private volatile PyObject[] consts;
    private volatile PyStr[] names;
    private volatile Adaptive adaptive;

    /** Wraps a compiled code object for one engine. */
    public PyCode(CodeObject code) {
        this.code = code;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The compiled code. */
    public CodeObject code() {
        return code;
    }

    /** The constants as objects, made on first use. Racing threads may both build them; either result is right. */
    PyObject[] consts() {
        PyObject[] c = consts;
        if (c == null) {
            c = Constants.materialize(code.consts());
            consts = c;
        }
        return c;
    }

    /**
     * This engine's adaptive instructions for the code, made on the first run. Racing threads may
     * both make one; one wins and the other's few rewrites are lost, which costs only time.
     */
    Adaptive adaptive(Interpreter interp) {
        Adaptive a = adaptive;
        if (a == null) {
            a = new Adaptive(code.code(), interp.specializationStats());
            adaptive = a;
        }
        return a;
    }

    /** The names as str objects, made on first use; racing threads may both build them. */
    PyStr[] names() {
        PyStr[] n = names;
        if (n == null) {
            String[] strings = code.names();
            n = new PyStr[strings.length];
            for (int i = 0; i < n.length; i++) {
                n[i] = PyStr.of(strings[i]);
            }
            names = n;
        }
        return n;
    }

    @PyGetter
    PyObject co_name() {
        return Constants.str(code.name());
    }

    @PyGetter
    PyObject co_qualname() {
        return Constants.str(code.qualname());
    }

    @PyGetter
    PyObject co_filename() {
        return Constants.str(code.filename());
    }

    @PyGetter
    int co_firstlineno() {
        return code.firstLineno();
    }

    @PyGetter
    int co_argcount() {
        return code.argCount();
    }

    @PyGetter
    int co_posonlyargcount() {
        return code.posOnlyArgCount();
    }

    @PyGetter
    int co_kwonlyargcount() {
        return code.kwOnlyArgCount();
    }

    @PyGetter
    int co_flags() {
        return code.flags();
    }

    @PyGetter
    PyObject co_varnames() {
        return Constants.names(code, CodeObject.KIND_LOCAL);
    }

    @PyGetter
    PyObject co_cellvars() {
        return Constants.names(code, CodeObject.KIND_CELL);
    }

    @PyGetter
    PyObject co_freevars() {
        return Constants.names(code, CodeObject.KIND_FREE);
    }

    @PyGetter
    PyObject co_names() {
        return Constants.strTuple(code.names());
    }

    @PyGetter
    PyObject co_consts() {
        return Constants.tuple(consts());
    }

    @PyMethod
    PyObject __repr__() {
        return dev.taipan.objects.PyStr.of("<code object " + code.name() + " at " + dev.taipan.objects.Abstract.addressOf(this)
                + ", file \"" + code.filename() + "\", line " + code.firstLineno() + ">");
    }

    @Override
    public String toString() {
        return code.toString();
    }
}
